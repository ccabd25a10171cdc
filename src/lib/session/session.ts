import { queryOptions, skipToken } from '@tanstack/react-query';
import {
  accessFromPermissions,
  accessFromRoles,
  isKnownRoleName,
  type AccessLevel,
  type Subject,
} from '../authz';
import { palette } from '../api/client';
import { isApiError } from '../api/errors';
import { currentCredentials, forgetRefusedCredentials } from './credentials';

/** Who the signed-in user is as far as the pages care: the user, the tenant, and the roles' access. */
export interface SessionAccess extends Subject {
  tenantUid: string;
  orgName: string;
  /** Own and inherited role names, as Palette reports them. */
  roleNames: string[];
  access: AccessLevel;
}

/** How the signed-in user is shown (app bar, account menu, the default owner of a new key). */
export interface Profile {
  name: string;
  email: string;
}

/** The signed-in user as the console needs it. */
export interface Session extends SessionAccess, Profile {}

/** What `/v1/users/info` says: the user, the tenant and its name. */
export type WhoAmI = Pick<SessionAccess, 'userUid' | 'tenantUid' | 'orgName'>;

interface RoleRef {
  name: string;
  uid: string;
}

async function fetchWhoAmI(signal?: AbortSignal): Promise<WhoAmI> {
  const sentWith = currentCredentials();
  const { data: info } = await palette.GET('/v1/users/info', { signal }).catch((error: unknown) => {
    // Palette has been seen refusing an API key on who-am-I with ResourceNotFound (404) rather than
    // 401: either way the credential no longer works, and the console asks to sign in again.
    if (isApiError(error) && error.status === 404) forgetRefusedCredentials(sentWith);
    throw error;
  });
  return { userUid: info?.userUid ?? '', tenantUid: info?.tenantUid ?? '', orgName: info?.orgName ?? '' };
}

async function fetchRoles(userUid: string, signal?: AbortSignal): Promise<RoleRef[]> {
  try {
    const { data: roles } = await palette.GET('/v1/users/{uid}/roles', {
      params: { path: { uid: userUid } },
      signal,
    });
    return [...(roles?.roles ?? []), ...(roles?.inheritedRoles ?? [])]
      .map((r) => ({ name: r.name ?? '', uid: r.uid ?? '' }))
      .filter((r) => r.name !== '');
  } catch (error) {
    // Palette refuses the roles call to a user without a tenant role: that is an answer, not a failure.
    if (isApiError(error) && error.status === 403) return [];
    throw error;
  }
}

/** A role's permissions (`GET /v1/roles/{uid}`); none when the caller may not read the role, or it is gone. */
async function fetchRolePermissions(uid: string, signal?: AbortSignal): Promise<string[]> {
  try {
    const { data: role } = await palette.GET('/v1/roles/{uid}', { params: { path: { uid } }, signal });
    return role?.spec?.permissions ?? [];
  } catch (error) {
    if (isApiError(error) && (error.status === 403 || error.status === 404)) return [];
    throw error;
  }
}

/**
 * The access level of a user's roles. Role names are the first signal; only when no known name
 * decides are the other roles' permissions read (a custom role carrying `apiKey.list`).
 */
async function accessOf(roles: readonly RoleRef[], signal?: AbortSignal): Promise<AccessLevel> {
  const byName = accessFromRoles(roles.map((r) => r.name));
  if (byName !== 'member') return byName;
  const unknown = roles.filter((r) => r.uid !== '' && !isKnownRoleName(r.name));
  if (unknown.length === 0) return byName;
  const permissions = await Promise.all(unknown.map((r) => fetchRolePermissions(r.uid, signal)));
  return accessFromPermissions(permissions.flat());
}

async function fetchAccess(who: WhoAmI, signal?: AbortSignal): Promise<SessionAccess> {
  const roles = await fetchRoles(who.userUid, signal);
  return { ...who, roleNames: roles.map((r) => r.name), access: await accessOf(roles, signal) };
}

/** The user's name and email, `/v1/users/{uid}`; a user Palette does not show them is named by uid. */
async function fetchProfile(userUid: string, signal?: AbortSignal): Promise<Profile> {
  const user = await palette.GET('/v1/users/{uid}', { params: { path: { uid: userUid } }, signal }).then(
    ({ data }) => data,
    (error: unknown) => {
      if (isApiError(error) && error.status === 403) return undefined;
      throw error;
    },
  );
  const name = [user?.spec?.firstName, user?.spec?.lastName].filter(Boolean).join(' ');
  return { name: name || user?.spec?.emailId || userUid, email: user?.spec?.emailId ?? '' };
}

/** Who am I, all of it: `/v1/users/info`, then the user's roles and, beside them, name and email. */
export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const who = await fetchWhoAmI(signal);
  const [access, profile] = await Promise.all([fetchAccess(who, signal), fetchProfile(who.userUid, signal)]);
  return { ...access, ...profile };
}

export const sessionQueries = {
  /**
   * What the pages wait for: `/v1/users/info`, then the roles. The profile is asked for in the same
   * round as the roles but not waited for: the app bar's name must not hold back a page's first rows.
   */
  current: () =>
    queryOptions({
      queryKey: ['session', 'current'] as const,
      queryFn: async ({ signal, client }) => {
        const who = await fetchWhoAmI(signal);
        client.setQueryData(sessionQueries.whoAmI().queryKey, who);
        void client.prefetchQuery(sessionQueries.profile(who.userUid));
        return fetchAccess(who, signal);
      },
      staleTime: Infinity,
    }),
  /**
   * Who-am-I's answer alone, as soon as it comes: written by `current()` on its way to the roles, never
   * asked for on its own. A page that can show before the roles answer starts from it.
   */
  whoAmI: () =>
    queryOptions<WhoAmI>({
      queryKey: ['session', 'whoAmI'] as const,
      queryFn: skipToken,
      staleTime: Infinity,
    }),
  profile: (userUid: string) =>
    queryOptions({
      queryKey: ['session', 'profile', userUid] as const,
      queryFn: ({ signal }) => fetchProfile(userUid, signal),
      staleTime: Infinity,
    }),
};
