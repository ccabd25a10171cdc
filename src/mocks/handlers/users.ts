import { http, HttpResponse } from 'msw';
import { can } from '../../lib/authz';
import type {
  Schemas,
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
import { roleByName, roleByUid, type MockRole } from '../roles';
import {
  continueToken,
  forbidden,
  invalid,
  isObject,
  notFound,
  readContinue,
  readJson,
  readLimit,
  route,
  v1,
  type Caller,
} from './common';

type V1Role = Schemas['v1Role'];

const rolesOf = (user: MockUser): MockRole[] =>
  user.roles.flatMap((name) => {
    const role = roleByName(name);
    return role ? [role] : [];
  });

function toWireUser(user: MockUser): V1User {
  const roles = rolesOf(user);
  return {
    metadata: { uid: user.uid, name: `${user.firstName} ${user.lastName}` },
    spec: {
      firstName: user.firstName,
      lastName: user.lastName,
      emailId: user.email,
      ...(roles.length ? { roles: roles.map((r) => r.uid) } : {}),
    },
    status: { isActive: user.isActive, ...(user.lastSignIn ? { lastSignIn: user.lastSignIn } : {}) },
  };
}

function toWireSummary(user: MockUser): V1UserSummary {
  const roles = rolesOf(user);
  return {
    metadata: { uid: user.uid, name: `${user.firstName} ${user.lastName}` },
    spec: {
      firstName: user.firstName,
      lastName: user.lastName,
      emailId: user.email,
      projectsCount: 0,
      ...(roles.length ? { roles: roles.map(({ name, uid }) => ({ name, uid })) } : {}),
    },
    status: { isActive: user.isActive, ...(user.lastSignIn ? { lastSignIn: user.lastSignIn } : {}) },
  };
}

function toWireRole(role: MockRole): V1Role {
  return {
    metadata: { uid: role.uid, name: role.name },
    spec: { permissions: role.permissions, scope: role.scope, type: role.type },
    status: { isEnabled: true },
  };
}

/** Reading other users is for roles that may see the whole tenant's keys. */
function mayListUsers(caller: Caller): boolean {
  return can(caller, 'apiKey.listAll');
}

/** One `v1FilterString` (eq, ne, beginsWith, contains; `ignoreCase` true by default) on one text. */
type StringFilter = (text: string) => boolean;
const FILTER_OPS = ['eq', 'ne', 'beginsWith', 'contains'] as const;

/** Reads a `v1FilterString`, or answers what is wrong with it (the 400's field details). */
function readStringFilter(raw: unknown, field: string): StringFilter | string {
  if (raw === undefined || raw === null) return () => true;
  if (!isObject(raw)) return `${field} must be an object such as { "contains": "ann" }`;
  const ignoreCase = raw.ignoreCase ?? true;
  if (typeof ignoreCase !== 'boolean') return `${field}.ignoreCase must be true or false`;
  const fold = (s: string) => (ignoreCase ? s.toLocaleLowerCase() : s);
  const tests: StringFilter[] = [];
  for (const op of FILTER_OPS) {
    const value = raw[op];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return `${field}.${op} must be a string`;
    const v = fold(value);
    tests.push(
      op === 'eq'
        ? (t) => fold(t) === v
        : op === 'ne'
          ? (t) => fold(t) !== v
          : op === 'beginsWith'
            ? (t) => fold(t).startsWith(v)
            : (t) => fold(t).includes(v),
    );
  }
  return (text) => tests.every((test) => test(text));
}

/** `v1UsersSummarySpec`: filters on the name and the email (both must match), then the sort. */
function readSummarySpec(raw: unknown): ((users: MockUser[]) => MockUser[]) | Response {
  if (!isObject(raw)) return invalid('The body must be a JSON object', { body: 'Send a v1UsersSummarySpec' });
  const filter = raw.filter ?? {};
  if (!isObject(filter)) return invalid('filter must be an object', { filter: 'Send { "name": { ... } }' });
  const byName = readStringFilter(filter.name, 'filter.name');
  const byEmail = readStringFilter(filter.emailId, 'filter.emailId');
  const problems = Object.fromEntries(
    [
      ['filter.name', byName],
      ['filter.emailId', byEmail],
    ].filter(([, f]) => typeof f === 'string'),
  ) as Record<string, string>;
  if (Object.keys(problems).length) return invalid('The filter has invalid fields', problems);
  const sort = raw.sort ?? [];
  if (
    !Array.isArray(sort) ||
    !sort.every(
      (s) =>
        isObject(s) &&
        ['name', 'creationTimestamp', undefined, null].includes(s.field as string) &&
        ['asc', 'desc', undefined].includes(s.order as string),
    )
  )
    return invalid('sort must list { field: "name", order: "asc" | "desc" }', { sort: 'Invalid sort' });
  const nameOf = (u: MockUser) => `${u.firstName} ${u.lastName}`;
  const first = sort[0] as { order?: string } | undefined;
  return (users) => {
    const found = users.filter(
      (u) => (byName as StringFilter)(nameOf(u)) && (byEmail as StringFilter)(u.email),
    );
    if (first) {
      const sign = first.order === 'desc' ? -1 : 1;
      found.sort((a, b) => sign * nameOf(a).localeCompare(nameOf(b)));
    }
    return found;
  };
}

const open = { rateLimited: false };

export const userHandlers = [
  http.get(
    v1('/users/info'),
    route(open, ({ caller }) =>
      HttpResponse.json<V1UserInfo>({ userUid: caller.userUid, tenantUid: TENANT_UID, orgName: ORG_NAME }),
    ),
  ),

  http.get(
    v1('/users/meta'),
    route(open, ({ caller }) => {
      if (!mayListUsers(caller)) return forbidden();
      return HttpResponse.json<V1UsersMetadata>({
        items: mockDb()
          .users()
          .map((u) => ({ uid: u.uid, name: `${u.firstName} ${u.lastName}`, emailId: u.email })),
      });
    }),
  ),

  http.post(
    v1('/users/summary'),
    route(open, async ({ request, caller }) => {
      if (!mayListUsers(caller)) return forbidden();
      const body = await readJson(request, { optional: true });
      if (body instanceof Response) return body;
      const select = readSummarySpec(body);
      if (select instanceof Response) return select;
      return HttpResponse.json<V1UsersSummaryList>({ items: select(mockDb().users()).map(toWireSummary) });
    }),
  ),

  http.get(
    v1('/users'),
    route(open, ({ request, caller }) => {
      if (!mayListUsers(caller)) return forbidden();
      const url = new URL(request.url);
      const limit = readLimit(url.searchParams.get('limit'));
      if (limit === null)
        return invalid('limit must be a whole number from 0 to 50', { limit: 'Invalid limit' });
      const offset = readContinue(url.searchParams.get('continue'));
      if (offset === null)
        return invalid('The continue token is not one this server issued', { continue: 'Invalid token' });
      const all = mockDb().users();
      const page = all.slice(offset, offset + limit);
      const next = offset + limit < all.length ? continueToken(offset + limit) : '';
      return HttpResponse.json<V1Users>({
        items: page.map(toWireUser),
        listmeta: { continue: next, count: all.length, limit, offset },
      });
    }),
  ),

  http.get<{ uid: string }>(
    v1('/users/:uid'),
    route(open, ({ params, caller }) => {
      if (params.uid !== caller.userUid && !mayListUsers(caller)) return forbidden();
      const user = mockDb().user(params.uid);
      if (!user) return notFound(`User ${params.uid}`);
      return HttpResponse.json<V1User>(toWireUser(user));
    }),
  ),

  http.get<{ uid: string }>(
    v1('/users/:uid/roles'),
    route(open, ({ params, caller }) => {
      // Palette refuses the roles call to a user without a tenant role, even about themselves.
      if (!mayListUsers(caller)) return forbidden();
      const user = mockDb().user(params.uid);
      if (!user) return notFound(`User ${params.uid}`);
      return HttpResponse.json<V1UserRolesEntity>({
        roles: rolesOf(user).map(({ name, uid }) => ({ name, uid })),
        inheritedRoles: [],
      });
    }),
  ),

  http.get<{ uid: string }>(
    v1('/roles/:uid'),
    route(open, ({ params, caller }) => {
      const role = roleByUid(params.uid);
      // A role one holds is one's own to read; others need `role.get`. Unknown and hidden look alike.
      if (!role || (!caller.user.roles.includes(role.name) && !caller.permissions.has('role.get')))
        return notFound(`Role ${params.uid}`);
      return HttpResponse.json<V1Role>(toWireRole(role));
    }),
  ),
];
