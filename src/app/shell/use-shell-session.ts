import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useListedAccess } from '../../features/api-keys/api/listed-access';
import { sessionQueries, type Session, type SessionAccess } from '../../lib/session';
import type { PageDeclaration } from '../routes';

/**
 * The session the pages get. It is ready once "who am I" and the roles have answered; the user's name
 * and email (for the app bar and the account menu) join when their own answer comes, asked for in the
 * same round as the roles but never waited for. Until then the name is empty and `profilePending`.
 *
 * A page that declares `showsBeforeRoles` gets a provisional session as soon as who-am-I and its key
 * list are both here, one round before the roles: its access is what the list proves (`accessPending`),
 * so nothing is offered that the roles could take away, and the rest is "checking your permissions".
 */
export function useShellSession(page: PageDeclaration | undefined) {
  const access = useQuery(sessionQueries.current());
  const who = useQuery(sessionQueries.whoAmI()).data;
  const early = page?.showsBeforeRoles === true && access.data === undefined;
  const listed = useListedAccess(early ? who?.userUid : undefined);
  const profile = useQuery({ ...sessionQueries.profile(who?.userUid ?? ''), enabled: who !== undefined });
  const { data: accessData } = access;
  const { data: profileData, isError: profileFailed } = profile;
  const session = useMemo<Session | undefined>(() => {
    const provisional: SessionAccess | undefined =
      who && listed ? { ...who, roleNames: [], access: listed, accessPending: true } : undefined;
    const base = accessData ?? provisional;
    if (!base) return undefined;
    // A profile that could not be read names the user by uid, as a user Palette hides does.
    const fallback = { name: profileFailed ? base.userUid : '', email: '' };
    return { ...base, ...(profileData ?? fallback) };
  }, [accessData, who, listed, profileData, profileFailed]);
  return { access, session, profilePending: profile.isPending };
}
