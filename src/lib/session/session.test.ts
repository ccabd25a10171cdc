import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockControl } from '../../mocks/control';
import { server } from '../../mocks/node';
import { PERSONAS } from '../../mocks/personas';
import { contractTraffic } from '../../test/contract';
import { requestPathsDuring } from '../../test/request-paths';
import { ZERO_TIME } from '../api/palette';
import { fetchSession } from './session';

/**
 * Palette omits empty fields, may add fields the console does not know, and writes an unset time as
 * the Go zero time. "Who am I" must read whatever comes back without crashing.
 */
const uid = PERSONAS.user.uid;

function answer(info: unknown, user: unknown, roles: unknown) {
  server.use(
    http.get('*/v1/users/info', () => HttpResponse.json(info as object)),
    http.get('*/v1/users/:uid', () =>
      user === 403
        ? HttpResponse.json({ code: 'Forbidden', message: 'no' }, { status: 403 })
        : HttpResponse.json(user as object),
    ),
    http.get('*/v1/users/:uid/roles', () =>
      roles === 403
        ? HttpResponse.json({ code: 'Forbidden', message: 'no' }, { status: 403 })
        : HttpResponse.json(roles as object),
    ),
  );
}

describe('fetchSession reads Palette defensively', () => {
  it('with every empty field omitted', async () => {
    answer({ userUid: uid }, { metadata: { uid }, spec: { emailId: 'uma.user@acme.example' } }, {});
    expect(await fetchSession()).toEqual({
      userUid: uid,
      name: 'uma.user@acme.example',
      email: 'uma.user@acme.example',
      tenantUid: '',
      orgName: '',
      roleNames: [],
      access: 'member',
    });
  });

  it('with fields it does not know, and zero-time timestamps', async () => {
    answer(
      { userUid: uid, tenantUid: 't1', orgName: 'Acme Robotics', region: 'eu-1', features: { mfa: true } },
      {
        metadata: { uid, name: 'Uma User', creationTimestamp: ZERO_TIME, lastModifiedTimestamp: ZERO_TIME },
        spec: { firstName: 'Uma', lastName: 'User', emailId: 'uma.user@acme.example', loginMode: 'sso' },
        status: { isActive: true, lastSignIn: ZERO_TIME, activationLink: '' },
        extra: [1, 2, 3],
      },
      {
        roles: [{ name: 'Project Viewer', uid: 'r1', scope: 'project' }],
        inheritedRoles: [{ name: 'Tenant Admin', uid: 'r2', inheritedFrom: 'team-ops' }],
        teams: [],
      },
    );
    const session = await fetchSession();
    expect(session).toMatchObject({ name: 'Uma User', orgName: 'Acme Robotics', tenantUid: 't1' });
    // An inherited role counts as much as an own one.
    expect(session.roleNames).toEqual(['Project Viewer', 'Tenant Admin']);
    expect(session.access).toBe('tenant-admin');
  });

  it('with roles and names missing inside their records, and a Go nil list as null', async () => {
    // `null` for an empty list is what Go writes without omitempty: off the contract, but seen.
    contractTraffic.exemptAnswers();
    answer(
      { userUid: uid, orgName: 'Acme Robotics' },
      { metadata: { uid }, spec: {} },
      { roles: [{ uid: 'r1' }, { name: 'Tenant Viewer' }], inheritedRoles: null },
    );
    const session = await fetchSession();
    expect(session.name).toBe(uid);
    expect(session.roleNames).toEqual(['Tenant Viewer']);
    expect(session.access).toBe('tenant-viewer');
  });

  it('reads a 403 on the roles (and on the user) as "no tenant role", not as a failure', async () => {
    answer({ userUid: uid, orgName: 'Acme Robotics' }, 403, 403);
    const session = await fetchSession();
    expect(session).toMatchObject({ userUid: uid, name: uid, roleNames: [], access: 'member' });
  });
});

describe('fetchSession: role names first, then the permissions of roles no name decides', () => {
  it('reads a custom role carrying apiKey.list (GET /v1/roles/{uid}) as reading every key', async () => {
    mockControl.signInAs('auditor');
    let session: Awaited<ReturnType<typeof fetchSession>> | undefined;
    const paths = await requestPathsDuring(async () => {
      session = await fetchSession();
    });
    expect(session?.roleNames).toEqual(['Project Editor', 'API Key Auditor']);
    expect(session?.access).toBe('tenant-viewer');
    expect(paths.filter((p) => p.startsWith('/v1/roles/'))).toHaveLength(2);
  });

  it('asks for no role permissions when a role name decides', async () => {
    mockControl.signInAs('viewer');
    const paths = await requestPathsDuring(async () => {
      expect((await fetchSession()).access).toBe('tenant-viewer');
    });
    expect(paths.filter((p) => p.startsWith('/v1/roles/'))).toEqual([]);
  });

  it('leaves a user whose roles carry no apiKey.list, or cannot be read, a member', async () => {
    answer(
      { userUid: uid },
      { metadata: { uid }, spec: {} },
      { roles: [{ name: 'Key Curious', uid: 'r-custom' }] },
    );
    server.use(
      http.get('*/v1/roles/:uid', () =>
        HttpResponse.json({ code: 'ResourceNotFound', message: 'Role not found' }, { status: 404 }),
      ),
    );
    expect((await fetchSession()).access).toBe('member');
  });
});
