import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sessionQueries, type Session } from '../../lib/session';

/**
 * The session the pages get. It is ready once "who am I" and the roles have answered; the user's name
 * and email (for the app bar and the account menu) join when their own answer comes, asked for in the
 * same round as the roles but never waited for. Until then the name is empty and `profilePending`.
 */
export function useShellSession() {
  const access = useQuery(sessionQueries.current());
  const userUid = access.data?.userUid ?? '';
  const profile = useQuery({ ...sessionQueries.profile(userUid), enabled: access.isSuccess });
  const { data: accessData } = access;
  const { data: profileData, isError: profileFailed } = profile;
  const session = useMemo<Session | undefined>(() => {
    if (!accessData) return undefined;
    // A profile that could not be read names the user by uid, as a user Palette hides does.
    const fallback = { name: profileFailed ? accessData.userUid : '', email: '' };
    return { ...accessData, ...(profileData ?? fallback) };
  }, [accessData, profileData, profileFailed]);
  return { access, session, profilePending: profile.isPending };
}
