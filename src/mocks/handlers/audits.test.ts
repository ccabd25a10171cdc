import { describe, expect, it } from 'vitest';
import { mockControl } from '../control';
import { mockDb } from '../db';
import { PERSONAS, type PersonaId } from '../personas';
import { API_KEY_RESOURCE_KIND } from './audits';

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

interface WireAudit {
  metadata: { uid: string; creationTimestamp: string };
  spec: {
    actionType: string;
    actionMsg: string;
    userMsg: string;
    actor: { actorType: string; user: { uid: string; firstName?: string; lastName?: string } };
    resource: { kind: string; uid: string; name: string };
  };
}

/** The key's history as an admin reads it, newest first. */
async function historyOf(uid: string): Promise<WireAudit[]> {
  const persona = mockControl.persona;
  mockControl.signInAs('admin');
  const answer = await call('GET', `/v1/audits?resourceUid=${uid}&limit=50`);
  mockControl.signInAs(persona);
  expect(answer.status).toBe(200);
  return answer.body.items;
}

const ownKeyOf = (persona: PersonaId, name: string) =>
  mockDb()
    .keysOf(PERSONAS[persona].uid)
    .find((k) => k.name === name)!;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('the audit entries the mock writes for key actions', () => {
  it.each<PersonaId>(['admin', 'user'])('records a create by %s, with the actor and the key', async (as) => {
    mockControl.signInAs(as);
    const created = await call('POST', '/v1/apiKeys', {
      metadata: { name: 'audited-create', annotations: { description: '' } },
      spec: { expiry: inDays(30) },
    });
    expect(created.status).toBe(201);
    const [entry, ...rest] = await historyOf(created.body.uid);
    expect(rest).toEqual([]);
    expect(entry!.spec).toMatchObject({
      actionType: 'create',
      actionMsg: 'Created the API key',
      actor: { actorType: 'user', user: { uid: PERSONAS[as].uid } },
      resource: { kind: API_KEY_RESOURCE_KIND, uid: created.body.uid, name: 'audited-create' },
    });
    // Nothing of the secret reaches the log.
    expect(JSON.stringify(entry)).not.toContain(created.body.apiKey);
  });

  it('records an edit with what changed, under the new name', async () => {
    mockControl.signInAs('user');
    const key = ownKeyOf('user', 'ci-deploy');
    const edited = await call('PUT', `/v1/apiKeys/${key.uid}`, {
      metadata: { name: 'ci-deploy-2', annotations: { description: 'Renamed' } },
      spec: { expiry: key.expiry },
    });
    expect(edited.status).toBe(204);
    const [latest] = await historyOf(key.uid);
    expect(latest!.spec).toMatchObject({
      actionType: 'update',
      actionMsg: 'Changed the name, the description',
      actor: { user: { uid: PERSONAS.user.uid, firstName: 'Uma', lastName: 'User' } },
      resource: { uid: key.uid, name: 'ci-deploy-2' },
    });
  });

  it.each([
    ['PUT', (uid: string) => `/v1/apiKeys/${uid}/state`],
    ['PATCH', (uid: string) => `/v1/apiKeys/${uid}`],
  ] as const)('records a revoke and a re-activation through %s, by the actor', async (method, path) => {
    mockControl.signInAs('admin');
    const key = ownKeyOf('user', 'ci-deploy');
    expect((await call(method, path(key.uid), { isActive: false })).status).toBe(204);
    expect((await call(method, path(key.uid), { isActive: true })).status).toBe(204);
    const [reactivated, revoked] = await historyOf(key.uid);
    expect(reactivated!.spec).toMatchObject({
      actionType: 'update',
      actionMsg: 'Re-activated the API key',
      actor: { user: { uid: PERSONAS.admin.uid } },
    });
    expect(revoked!.spec).toMatchObject({ actionMsg: 'Revoked the API key' });
    expect(revoked!.spec.userMsg).toBe("Ava Admin revoked the API key 'ci-deploy'");
    expect(Date.parse(reactivated!.metadata.creationTimestamp)).toBeGreaterThanOrEqual(
      Date.parse(revoked!.metadata.creationTimestamp),
    );
  });

  it('records a revoke sent as {} (the Go SDK drops a false isActive)', async () => {
    mockControl.signInAs('user');
    const key = ownKeyOf('user', 'ci-deploy');
    expect((await call('PUT', `/v1/apiKeys/${key.uid}/state`, {})).status).toBe(204);
    expect((await historyOf(key.uid))[0]!.spec.actionMsg).toBe('Revoked the API key');
  });

  it('writes nothing for a state that does not change, or a call that is refused', async () => {
    mockControl.signInAs('user');
    const revoked = ownKeyOf('user', 'shared-demo');
    const before = (await historyOf(revoked.uid)).length;
    expect((await call('PUT', `/v1/apiKeys/${revoked.uid}/state`, { isActive: false })).status).toBe(204);
    const others = ownKeyOf('admin', 'terraform-prod');
    expect((await call('DELETE', `/v1/apiKeys/${others.uid}`)).status).toBe(404);
    expect(await historyOf(revoked.uid)).toHaveLength(before);
    expect((await historyOf(others.uid)).map((a) => a.spec.actionType)).not.toContain('delete');
  });

  it('records a delete, and the history outlives the key', async () => {
    mockControl.signInAs('user');
    const key = ownKeyOf('user', 'local-dev');
    expect((await call('DELETE', `/v1/apiKeys/${key.uid}`)).status).toBe(204);
    const [deleted, ...earlier] = await historyOf(key.uid);
    expect(deleted!.spec).toMatchObject({
      actionType: 'delete',
      actionMsg: 'Deleted the API key',
      actor: { user: { uid: PERSONAS.user.uid } },
      resource: { uid: key.uid, name: 'local-dev' },
    });
    expect(earlier.at(-1)!.spec.actionType).toBe('create');
  });

  it('records one entry per key of a bulk delete, each by the admin', async () => {
    mockControl.signInAs('admin');
    const keys = mockDb().keysOf(PERSONAS.viewer.uid);
    const answers = await Promise.all(keys.map((k) => call('DELETE', `/v1/apiKeys/${k.uid}`)));
    expect(answers.map((a) => a.status)).toEqual(keys.map(() => 204));
    for (const k of keys)
      expect((await historyOf(k.uid))[0]!.spec).toMatchObject({
        actionType: 'delete',
        actor: { user: { uid: PERSONAS.admin.uid } },
      });
  });
});

describe('the seeded history', () => {
  it('gives every typical key its creation, and each revoked key its revocation last', async () => {
    for (const key of mockDb().keys()) {
      const history = await historyOf(key.uid);
      expect(history.at(-1)!.spec.actionType, key.name).toBe('create');
      if (!key.isActive) expect(history[0]!.spec.actionMsg, key.name).toBe('Revoked the API key');
    }
  });

  it('reads as newest first, page after page', async () => {
    mockControl.signInAs('viewer');
    const first = await call('GET', '/v1/audits?limit=7');
    const second = await call('GET', `/v1/audits?limit=7&continue=${first.body.listmeta.continue}`);
    const times = [...first.body.items, ...second.body.items].map(
      (a: WireAudit) => a.metadata.creationTimestamp,
    );
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('who may read the audit log (audit.list)', () => {
  // Tenant Admin and Tenant Viewer carry audit.list; Noah's custom role carries apiKey.list alone
  // (he reads every key, not the log), and Uma has no tenant role.
  it.each<[PersonaId, number]>([
    ['admin', 200],
    ['viewer', 200],
    ['auditor', 403],
    ['user', 403],
  ])('%s gets %i', async (as, status) => {
    mockControl.signInAs(as);
    const answer = await call('GET', `/v1/audits?resourceUid=${ownKeyOf('user', 'ci-deploy').uid}`);
    expect(answer.status).toBe(status);
    if (status === 403) expect(answer.body.code).toBe('Forbidden');
  });
});
