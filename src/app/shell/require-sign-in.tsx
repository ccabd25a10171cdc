import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { signInPath } from '../../features/sign-in';
import { useCredentialState, useSecretOnScreen } from '../../lib/session';
import { useRuntimeConfig } from '../runtime-config';
import { useWritesSettled } from './use-writes-settled';

// Needed only when a session ends while a secret is on screen: loaded then.
const SignInPrompt = lazy(() =>
  import('../../features/sign-in/prompt/sign-in-prompt').then((m) => ({ default: m.SignInPrompt })),
);

/**
 * On a real Palette, the pages need a credential. Without one (never signed in, signed out, or the
 * last one refused with a 401 anywhere) this sends the user to sign in, and back here afterwards.
 * Except while a new key's secret is on screen: leaving would lose it, so sign-in opens over the
 * page, which stays as it is. A 401 during a write waits for the write's outcome to show first (a
 * create's outcome is the secret). On the mock the tab's persona is the session: nothing to do.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const config = useRuntimeConfig();
  const { credentials, ended } = useCredentialState();
  const secretShown = useSecretOnScreen();
  const writesSettled = useWritesSettled();
  const location = useLocation();
  const lapsed = config.backend === 'palette' && !credentials;
  const overPage = lapsed && ended === 'expired' && secretShown;
  const waiting = lapsed && ended === 'expired' && !writesSettled;
  if (lapsed && !overPage && !waiting) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={signInPath(ended === 'signed-out' ? undefined : here)} replace />;
  }
  // One shape whether or not the prompt shows, so that the page below is never remounted.
  return (
    <>
      {children}
      <Suspense fallback={null}>{overPage && <SignInPrompt />}</Suspense>
    </>
  );
}
