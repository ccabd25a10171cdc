import { createContext, useContext, type ReactNode } from 'react';
import { can, denialReason, type Capability, type KeyRef } from '../authz';
import type { Session } from './session';

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in user; only valid below the shell, which loads the session first. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a SessionProvider');
  return session;
}

/** Reads the permission matrix for the signed-in user: `{ allowed, reason }`. */
export function useCan(
  capability: Capability,
  key?: KeyRef,
): { allowed: boolean; reason: string | undefined } {
  const session = useSession();
  return { allowed: can(session, capability, key), reason: denialReason(session, capability, key) };
}
