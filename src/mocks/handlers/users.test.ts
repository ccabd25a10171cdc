import { describe, expect, it } from 'vitest';
import { applyUrlParameters, mockControl } from '../control';
import { MockDb, mockDb } from '../db';
import { isPersonaId, PERSONAS } from '../personas';
import { CUSTOM_KEY_READER_ROLE, roleByName } from '../roles';
import { tabStore } from '../tab-store';

const base = 'http://localhost';

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('personas and the tab state', () => {
  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('refuses ?as=%s', (as) => {
    expect(isPersonaId(as)).toBe(false);
    mockControl.signInAs('viewer');
    applyUrlParameters(new URLSearchParams({ as }));
    expect(mockControl.persona).toBe('viewer');
  });

  it('starts a fresh tenant when the stored state is damaged or forged', () => {
    for (const forged of [
      '{"dataset":"typical","seededAt":1,"changes":{},"persona":"toString","audits":[],"limits":{}}',
      '{"dataset":"huge"}',
      '{"dataset":"typical","seededAt":1,"changes":{"k":{"uid":7}},"persona":"admin","audits":[],"limits":{}}',
      'not json',
    ]) {
      tabStore.write('palette-mock:db', forged);
      const db = new MockDb();
      expect(db.persona).toBe('admin');
      expect(db.dataset).toBe('typical');
      expect(db.keys().length).toBe(18);
    }
  });
});

describe('GET /v1/users', () => {
  it('pages with an opaque continue token; limit=0 means the default of 50', async () => {
    mockControl.reset('large');
    const first = await call('GET', '/v1/users?limit=0');
    expect(first.body.items).toHaveLength(50);
    const token = first.body.listmeta.continue as string;
    expect(token).not.toMatch(/^\d+$/);
    const second = await call('GET', `/v1/users?limit=2&continue=${encodeURIComponent(token)}`);
    expect(second.body.items.map((u: { metadata: { uid: string } }) => u.metadata.uid)).toEqual(
      mockDb()
        .users()
        .slice(50, 52)
        .map((u) => u.uid),
    );
    expect((await call('GET', '/v1/users?limit=500')).body.items).toHaveLength(50);
  });
});

describe('POST /v1/users/summary', () => {
  it('filters as v1FilterString says: contains, beginsWith, eq; name and email both must match', async () => {
    const names = async (filter: unknown) =>
      (
        (await call('POST', '/v1/users/summary', { filter })).body.items as { metadata: { name: string } }[]
      ).map((u) => u.metadata.name);
    expect(await names({ name: { contains: 'ADMIN' } })).toEqual(['Ava Admin']);
    expect(await names({ name: { contains: 'ADMIN', ignoreCase: false } })).toEqual([]);
    expect(await names({ name: { beginsWith: 'p' } })).toEqual(['Priya Patel']);
    expect(await names({ emailId: { eq: 'uma.user@acme.example' } })).toEqual(['Uma User']);
    expect(await names({ name: { contains: 'a' }, emailId: { contains: 'noah' } })).toEqual(['Noah Nguyen']);
  });
});

describe('roles', () => {
  it("answers a role's permissions, and a custom role carrying apiKey.list lets its holder read every key", async () => {
    const noah = mockDb()
      .users()
      .find((u) => u.firstName === 'Noah')!;
    const roles = await call('GET', `/v1/users/${noah.uid}/roles`);
    const custom = roles.body.roles.find((r: { name: string }) => r.name === CUSTOM_KEY_READER_ROLE);
    const role = await call('GET', `/v1/roles/${custom.uid}`);
    expect(role.status).toBe(200);
    expect(role.body.spec).toEqual({
      permissions: ['apiKey.get', 'apiKey.list'],
      scope: 'tenant',
      type: 'user',
    });
    const admin = await call('GET', `/v1/roles/${roleByName('Tenant Admin')!.uid}`);
    expect(admin.body.spec.permissions).toContain('audit.list');
    expect(admin.body.spec.type).toBe('system');
    expect((await call('GET', '/v1/roles/6540c0de00000000000000ff')).body.code).toBe('ResourceNotFound');
  });
});

describe('GET /v1/audits', () => {
  it('lists the seeded history newest first, pages with continue, and filters', async () => {
    const first = await call('GET', '/v1/audits?limit=5');
    expect(first.status).toBe(200);
    const times = first.body.items.map(
      (a: { metadata: { creationTimestamp: string } }) => a.metadata.creationTimestamp,
    );
    expect([...times].sort().reverse()).toEqual(times);
    const next = await call('GET', `/v1/audits?limit=5&continue=${first.body.listmeta.continue}`);
    expect(next.body.items[0].metadata.creationTimestamp <= times[4]).toBe(true);
    const revokes = await call('GET', `/v1/audits?actionType=update&userUid=${PERSONAS.admin.uid}`);
    for (const a of revokes.body.items) {
      expect(a.spec.actionType).toBe('update');
      expect(a.spec.actor.user.uid).toBe(PERSONAS.admin.uid);
    }
    const none = await call('GET', '/v1/audits?startTime=2099-01-01T00:00:00Z');
    expect(none.body.items).toEqual([]);
  });

  it('refuses a caller without audit.list: a plain user', async () => {
    mockControl.signInAs('user');
    const refused = await call('GET', '/v1/audits');
    expect(refused.status).toBe(403);
    mockControl.signInAs('viewer');
    expect((await call('GET', '/v1/audits')).status).toBe(200);
  });

  it('writes one entry per key of a bulk revoke, each with the actor', async () => {
    const ava = mockDb()
      .keysOf(PERSONAS.admin.uid)
      .filter((k) => k.isActive);
    await Promise.all(ava.map((k) => call('PUT', `/v1/apiKeys/${k.uid}/state`, { isActive: false })));
    for (const k of ava) {
      const history = await call('GET', `/v1/audits?resourceUid=${k.uid}&limit=1`);
      expect(history.body.items[0].spec).toMatchObject({
        actionMsg: 'Revoked the API key',
        actor: { user: { uid: PERSONAS.admin.uid } },
        resource: { uid: k.uid, name: k.name },
      });
    }
  });
});

describe('GET /v1/tenants/{uid}/resourceLimits', () => {
  it('lists every kind with a label and a maxLimit; a PATCH by an admin changes the key limit', async () => {
    const limits = await call('GET', '/v1/tenants/6540a1f0c0ffee00000000aa/resourceLimits');
    expect(limits.body.resources.length).toBeGreaterThanOrEqual(22);
    for (const r of limits.body.resources) {
      expect(r.label).toMatch(/\w/);
      expect(r.maxLimit).toBeGreaterThanOrEqual(r.limit);
    }
    const patched = await call('PATCH', '/v1/tenants/6540a1f0c0ffee00000000aa/resourceLimits', {
      resources: [{ kind: 'apiKey', limit: 25 }],
    });
    expect(patched.status).toBe(204);
    expect(mockDb().keyLimit).toBe(25);
  });
});
