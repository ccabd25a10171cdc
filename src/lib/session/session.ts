import { queryOptions } from '@tanstack/react-query';
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

interface RoleRef {
  name: string;
  uid: string;
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

/** Who am I: `/v1/users/info`, then the user's name and roles. */
export async function fetchSession(signal?: AbortSignal): Promise<Session> {
  const sentWith = currentCredentials();
  const { data: info } = await palette.GET('/v1/users/info', { signal }).catch((error: unknown) => {
    // Palette has been seen refusing an API key on who-am-I with ResourceNotFound (404) rather than
    // 401: either way the credential no longer works, and the console asks to sign in again.
    if (isApiError(error) && error.status === 404) forgetRefusedCredentials(sentWith);
    throw error;
  });
  const userUid = info?.userUid ?? '';
  const [user, { roleNames, access }] = await Promise.all([
    palette.GET('/v1/users/{uid}', { params: { path: { uid: userUid } }, signal }).then(
      ({ data }) => data,
      (error: unknown) => {
        if (isApiError(error) && error.status === 403) return undefined;
        throw error;
      },
    ),
    fetchRoles(userUid, signal).then(async (roles) => ({
      roleNames: roles.map((r) => r.name),
      access: await accessOf(roles, signal),
    })),
  ]);
  const name = [user?.spec?.firstName, user?.spec?.lastName].filter(Boolean).join(' ');
  return {
    userUid,
    name: name || user?.spec?.emailId || userUid,
    email: user?.spec?.emailId ?? '',
    tenantUid: info?.tenantUid ?? '',
    orgName: info?.orgName ?? '',
    roleNames,
    access,
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
