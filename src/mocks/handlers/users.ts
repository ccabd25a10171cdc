import { http, HttpResponse } from 'msw';
import { can } from '../../lib/authz';
import type {
  V1User,
  V1UserInfo,
  V1UserRolesEntity,
  V1Users,
  V1UsersMetadata,
  V1UsersSummaryList,
  V1UserSummary,
} from '../../lib/api/palette';
import type { MockUser } from '../data';
import { mockDb } from '../db';
import { ORG_NAME, TENANT_UID } from '../personas';
import { forbidden, gate, identify, notFound, readJson, v1, type Caller } from './common';

const roleUid = (name: string) => `role-${name.toLowerCase().replace(/\s+/g, '-')}`;

function toWireUser(user: MockUser): V1User {
  return {
    metadata: { uid: user.uid, name: `${user.firstName} ${user.lastName}` },
    spec: {
      firstName: user.firstName,
      lastName: user.lastName,
      emailId: user.email,
      ...(user.roles.length ? { roles: user.roles.map(roleUid) } : {}),
    },
    status: { isActive: user.isActive },
  };
}

function toWireSummary(user: MockUser): V1UserSummary {
  return {
    metadata: { uid: user.uid, name: `${user.firstName} ${user.lastName}` },
    spec: {
      firstName: user.firstName,
      lastName: user.lastName,
      emailId: user.email,
      projectsCount: 0,
      ...(user.roles.length ? { roles: user.roles.map((name) => ({ name, uid: roleUid(name) })) } : {}),
    },
    status: { isActive: user.isActive },
  };
}

/** Reading other users is for roles that may see the whole tenant's keys. */
function mayListUsers(caller: Caller): boolean {
  return can(caller, 'apiKey.listAll');
}

function matches(user: MockUser, needle: string): boolean {
  const n = needle.toLocaleLowerCase();
  return (
    `${user.firstName} ${user.lastName}`.toLocaleLowerCase().includes(n) ||
    user.email.toLocaleLowerCase().includes(n)
  );
}

export const userHandlers = [
  http.get(v1('/users/info'), async ({ request }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    return HttpResponse.json<V1UserInfo>({
      userUid: caller.userUid,
      tenantUid: TENANT_UID,
      orgName: ORG_NAME,
    });
  }),

  http.get(v1('/users/meta'), async ({ request }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    if (!mayListUsers(caller)) return forbidden();
    return HttpResponse.json<V1UsersMetadata>({
      items: mockDb()
        .users()
        .map((u) => ({ uid: u.uid, name: `${u.firstName} ${u.lastName}`, emailId: u.email })),
    });
  }),

  http.post(v1('/users/summary'), async ({ request }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    if (!mayListUsers(caller)) return forbidden();
    const body = (await readJson(request)) as
      | { filter?: { name?: { contains?: string | null }; emailId?: { contains?: string | null } } }
      | undefined;
    const needle = body?.filter?.name?.contains ?? body?.filter?.emailId?.contains ?? '';
    const users = mockDb()
      .users()
      .filter((u) => !needle || matches(u, needle));
    return HttpResponse.json<V1UsersSummaryList>({ items: users.map(toWireSummary) });
  }),

  http.get(v1('/users'), async ({ request }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    if (!mayListUsers(caller)) return forbidden();
    const url = new URL(request.url);
    const limit = Math.min(50, Math.max(1, Number(url.searchParams.get('limit')) || 50));
    const offset = Math.max(
      0,
      Number(url.searchParams.get('continue')) || Number(url.searchParams.get('offset')) || 0,
    );
    const all = mockDb().users();
    const page = all.slice(offset, offset + limit);
    const next = offset + limit < all.length ? String(offset + limit) : '';
    return HttpResponse.json<V1Users>({
      items: page.map(toWireUser),
      listmeta: { continue: next, count: all.length, limit, offset },
    });
  }),

  http.get<{ uid: string }>(v1('/users/:uid'), async ({ request, params }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    if (params.uid !== caller.userUid && !mayListUsers(caller)) return forbidden();
    const user = mockDb().user(params.uid);
    if (!user) return notFound(`User ${params.uid}`);
    return HttpResponse.json<V1User>(toWireUser(user));
  }),

  http.get<{ uid: string }>(v1('/users/:uid/roles'), async ({ request, params }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    // Palette refuses the roles call to a user without a tenant role, even about themselves.
    if (!mayListUsers(caller)) return forbidden();
    const user = mockDb().user(params.uid);
    if (!user) return notFound(`User ${params.uid}`);
    return HttpResponse.json<V1UserRolesEntity>({
      roles: user.roles.map((name) => ({ name, uid: roleUid(name) })),
      inheritedRoles: [],
    });
  }),
];
