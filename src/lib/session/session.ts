import { queryOptions } from '@tanstack/react-query';
import { accessFromRoles, type AccessLevel, type Subject } from '../authz';
import { palette } from '../api/client';
import { isApiError } from '../api/errors';

/** The signed-in user as the console needs it. */
export interface Session extends Subject {
  name: string;
  email: string;
  tenantUid: string;
  orgName: string;
  /** Own and inherited role names, as Palette reports them. */
  roleNames: string[];
  access: AccessLevel;
}

async function fetchRoleNames(userUid: string, signal?: AbortSignal): Promise<string[]> {
  try {
    const { data: roles } = await palette.GET('/v1/users/{uid}/roles', {
      params: { path: { uid: userUid } },
      signal,
    });
    return [...(roles?.roles ?? []), ...(roles?.inheritedRoles ?? [])]
      .map((r) => r.name ?? '')
      .filter(Boolean);
  } catch (error) {
    // Palette refuses the roles call to a user without a tenant role: that is an answer, not a failure.
    if (isApiError(error) && error.status === 403) return [];
    throw error;
  }
}

/** Who am I: `/v1/users/info`, then the user's name and roles. */
export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const { data: info } = await palette.GET('/v1/users/info', { signal });
  const userUid = info?.userUid ?? '';
  const [user, roleNames] = await Promise.all([
    palette.GET('/v1/users/{uid}', { params: { path: { uid: userUid } }, signal }).then(
      ({ data }) => data,
      (error: unknown) => {
        if (isApiError(error) && error.status === 403) return undefined;
        throw error;
      },
    ),
    fetchRoleNames(userUid, signal),
  ]);
  const name = [user?.spec?.firstName, user?.spec?.lastName].filter(Boolean).join(' ');
  return {
    userUid,
    name: name || user?.spec?.emailId || userUid,
    email: user?.spec?.emailId ?? '',
    tenantUid: info?.tenantUid ?? '',
    orgName: info?.orgName ?? '',
    roleNames,
    access: accessFromRoles(roleNames),
  };
}

export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session', 'current'] as const,
      queryFn: ({ signal }) => fetchSession(signal),
      staleTime: Infinity,
    }),
};
