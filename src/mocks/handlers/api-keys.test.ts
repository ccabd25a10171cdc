import { describe, expect, it } from 'vitest';
import { mockControl } from '../control';
import { mockDb } from '../db';
import { PERSONAS, type PersonaId } from '../personas';
import { sha256Hex } from '../sha256';
import { encodeJsonList } from './api-keys';

const base = 'http://localhost';
const DAY = 86_400_000;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

const createBody = (
  name: string,
  extra: { userUid?: string; expiry?: string; description?: string } = {},
) => ({
  metadata: { name, annotations: { description: extra.description ?? 'made in a test' } },
  spec: { expiry: extra.expiry ?? new Date(Date.now() + 30 * DAY).toISOString(), userUid: extra.userUid },
});

describe('the big list body, encoded a piece at a time', () => {
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  // As plain arrays: the test's realm and the encoder's may have Uint8Arrays of their own.
  const wholeList = (items: unknown[]) => [...new TextEncoder().encode(JSON.stringify({ items }))];

  it('is byte for byte the encoding of the whole list, across pieces and with non-ASCII names', () => {
    const items = Array.from({ length: 1001 }, (_, i) => ({
      metadata: { uid: `k${i}`, name: i % 250 === 7 ? `Chloé's key 🔑 #${i}` : `key-${i}`, n: i },
    }));
    const bytes = encodeJsonList('items', items);
    expect([...bytes]).toEqual(wholeList(items));
    expect(JSON.parse(decode(bytes)).items[257].metadata.name).toBe("Chloé's key 🔑 #257");
  });

  it('encodes an empty list and a list of one', () => {
    expect(decode(encodeJsonList('items', []))).toBe('{"items":[]}');
    expect([...encodeJsonList('items', [{ a: 'ü' }])]).toEqual(wholeList([{ a: 'ü' }]));
  });
});

describe('GET /v1/apiKeys', () => {
  it('gives an admin every key of the tenant and a user only their own', async () => {
    const admin = await call('GET', '/v1/apiKeys');
    const owners = new Set(admin.body.items.map((k: { spec: { user: { uid: string } } }) => k.spec.user.uid));
    expect(owners.size).toBeGreaterThan(3);

    mockControl.signInAs('user');
    const user = await call('GET', '/v1/apiKeys');
    expect(user.body.items.length).toBeGreaterThan(0);
    for (const key of user.body.items) expect(key.spec.user.uid).toBe(PERSONAS.user.uid);
  });

  it('sends the shape Palette documents: status {} when inactive, an empty description present', async () => {
    const { body } = await call('GET', '/v1/apiKeys');
    const revoked = body.items.find((k: { metadata: { name: string } }) => k.metadata.name === 'old-laptop');
    expect(revoked.status).toEqual({});
    const noDescription = body.items.find(
      (k: { metadata: { name: string } }) => k.metadata.name === 'local-dev',
    );
    // shared/palette-api/examples/api-keys-list.json: `description` is present and empty, not omitted.
    expect(noDescription.metadata.annotations.description).toBe('');
    expect(noDescription.metadata.annotations.permissions).toContain('apiKey.get');
    expect(JSON.stringify(body)).not.toMatch(/secretHash|apiKey"/);
  });

  it('carries the annotations, timestamps and per-caller permissions of the documented example', async () => {
    const { body } = await call('GET', '/v1/apiKeys');
    const uma = body.items.find((k: { metadata: { name: string } }) => k.metadata.name === 'ci-deploy');
    expect(uma.metadata).toMatchObject({
      annotations: {
        description: 'GitHub Actions deploy job',
        ownerUid: PERSONAS.user.uid,
        permissions: 'apiKey.create,apiKey.delete,apiKey.get,apiKey.list,apiKey.update,tag.update',
        scope: 'tenant',
        scopeVisibility: '20',
        tenantUid: '6540a1f0c0ffee00000000aa',
      },
      deletionTimestamp: '0001-01-01T00:00:00.000Z',
    });
    expect(uma.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(uma.metadata.lastModifiedTimestamp).toMatch(/\.\d{3}Z$/);

    // What a viewer may do on a key of someone else, and on their own, as Palette lists it.
    mockControl.signInAs('viewer');
    const asViewer = (await call('GET', '/v1/apiKeys')).body.items as {
      metadata: { name: string; annotations: { permissions: string } };
    }[];
    const permissions = (name: string) =>
      asViewer.find((k) => k.metadata.name === name)!.metadata.annotations.permissions;
    expect(permissions('ci-deploy')).toBe('apiKey.get,apiKey.list');
    expect(permissions('grafana-reader')).toBe(
      'apiKey.create,apiKey.delete,apiKey.get,apiKey.list,apiKey.update,tag.update',
    );
  });
});

describe('POST /v1/apiKeys', () => {
  it('returns the secret once, keeps only its hash, and lets the secret authenticate', async () => {
    const created = await call('POST', '/v1/apiKeys', createBody('from-test'));
    expect(created.status).toBe(201);
    const { apiKey, uid } = created.body;
    // Palette's secrets are 32 letters and digits (its API introduction page).
    expect(apiKey).toMatch(/^[A-Za-z0-9]{32}$/);
    const stored = mockDb().key(uid)!;
    expect(stored.secretHash).toBe(await sha256Hex(apiKey));
    expect(JSON.stringify(stored)).not.toContain(apiKey);

    const read = await call('GET', `/v1/apiKeys/${uid}`);
    expect(JSON.stringify(read.body)).not.toContain(apiKey);

    mockControl.signInAs('viewer');
    const info = await call('GET', '/v1/users/info', undefined, { ApiKey: apiKey });
    expect(info.body.userUid).toBe(PERSONAS.admin.uid);
  });

  it('refuses invalid fields with 400 and the field concerned', async () => {
    const bad = await call(
      'POST',
      '/v1/apiKeys',
      createBody('  ', { expiry: new Date(Date.now() - DAY).toISOString() }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toEqual({
      name: 'Enter a name for the key',
      expiry: 'The expiration date must be in the future',
    });
    const markup = await call('POST', '/v1/apiKeys', createBody('<b>x</b>'));
    expect(markup.status).toBe(400);
    expect(markup.body.details.fields.name).toMatch(/letters, digits/);
  });

  it('refuses a duplicate name in any letter case with 409', async () => {
    const dup = await call('POST', '/v1/apiKeys', createBody('TERRAFORM-PROD'));
    expect(dup.status).toBe(409);
    expect(dup.body.details.fields.name).toBe('This user already has a key with this name');
  });

  it('enforces the per-user limit', async () => {
    mockControl.reset('at-limit');
    mockControl.signInAs('user');
    const refused = await call('POST', '/v1/apiKeys', createBody('one-too-many'));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('ApiKeyLimitExceeded');
  });

  // Written out, not computed from can(): the mock calls can() itself, so comparing with it would
  // pass whatever the matrix said. Spec section 2: only tenant admins create keys for others.
  it.each([
    ['admin', 201],
    ['viewer', 403],
    ['user', 403],
  ] as const)('lets %s create a key for another user: %i', async (persona, expected) => {
    mockControl.signInAs(persona);
    const other = persona === 'user' ? PERSONAS.admin.uid : PERSONAS.user.uid;
    const result = await call('POST', '/v1/apiKeys', createBody('for-someone', { userUid: other }));
    expect(result.status).toBe(expected);
  });
});

describe('actions on one key', () => {
  const someoneElsesKey = (persona: PersonaId) =>
    mockDb()
      .keys()
      .find((k) => k.ownerUid !== PERSONAS[persona].uid)!;

  // The viewer sees every key (403 on a change); the user does not see the others' keys at all, so
  // the answer is the 404 of a key that does not exist: a 403 would tell them which uids are real.
  it.each([
    ['viewer', 403],
    ['user', 404],
  ] as const)("refuses %s changes to another user's key with %i", async (persona, expected) => {
    mockControl.signInAs(persona);
    const key = someoneElsesKey(persona);
    expect((await call('PUT', `/v1/apiKeys/${key.uid}/state`, { isActive: false })).status).toBe(expected);
    expect((await call('DELETE', `/v1/apiKeys/${key.uid}`)).status).toBe(expected);
    expect(
      (
        await call('PUT', `/v1/apiKeys/${key.uid}`, {
          metadata: { name: 'x' },
          spec: { expiry: new Date(Date.now() + DAY).toISOString() },
        })
      ).status,
    ).toBe(expected);
    expect(mockDb().key(key.uid)).toEqual(key);
  });

  it("answers a user's look at another user's key exactly as a key that does not exist", async () => {
    mockControl.signInAs('user');
    const hidden = await call('GET', `/v1/apiKeys/${someoneElsesKey('user').uid}`);
    const missing = await call('GET', '/v1/apiKeys/6541b2e0d00dffffffffffff');
    expect(hidden.status).toBe(404);
    expect({ ...hidden.body, ref: '', message: '' }).toEqual({ ...missing.body, ref: '', message: '' });
    expect(hidden.body.code).toBe('ResourceNotFound');
  });

  it('revokes, refuses to re-activate an expired key, and deletes; then answers 404', async () => {
    const key = mockDb()
      .keys()
      .find((k) => k.name === 'terraform-prod')!;
    expect((await call('PUT', `/v1/apiKeys/${key.uid}/state`, { isActive: false })).status).toBe(204);
    expect(mockDb().key(key.uid)!.isActive).toBe(false);
    const expired = mockDb()
      .keys()
      .find((k) => k.name === 'backup-cron')!;
    const refused = await call('PUT', `/v1/apiKeys/${expired.uid}/state`, { isActive: true });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/extend the expiration date first/);
    expect((await call('DELETE', `/v1/apiKeys/${key.uid}`)).status).toBe(204);
    expect((await call('DELETE', `/v1/apiKeys/${key.uid}`)).status).toBe(404);
  });

  it('refuses a reassignment in an update', async () => {
    const key = mockDb()
      .keys()
      .find((k) => k.name === 'terraform-prod')!;
    const result = await call('PUT', `/v1/apiKeys/${key.uid}`, {
      metadata: { name: 'terraform-prod' },
      spec: { expiry: new Date(Date.now() + DAY).toISOString(), userUid: PERSONAS.user.uid },
    });
    expect(result.status).toBe(400);
    expect(mockDb().key(key.uid)!.ownerUid).toBe(key.ownerUid);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the burst', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => call('GET', '/v1/apiKeys/nope')));
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.body.code).toBe('TooManyRequests');
    expect(Number(limited[0]!.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
  });
});

describe('the permission matrix, as the mock enforces it', () => {
  const future = () => new Date(Date.now() + 10 * DAY).toISOString();
  type Action = 'get' | 'edit' | 'revoke' | 'patch-revoke' | 'delete';
  const request: Record<Action, (uid: string, name: string) => [string, string, unknown?]> = {
    get: (uid) => ['GET', `/v1/apiKeys/${uid}`],
    edit: (uid, name) => ['PUT', `/v1/apiKeys/${uid}`, { metadata: { name }, spec: { expiry: future() } }],
    revoke: (uid) => ['PUT', `/v1/apiKeys/${uid}/state`, { isActive: false }],
    'patch-revoke': (uid) => ['PATCH', `/v1/apiKeys/${uid}`, { isActive: false }],
    delete: (uid) => ['DELETE', `/v1/apiKeys/${uid}`],
  };
  // Spec section 2, written out by hand: persona, action, whose key, the HTTP status expected.
  // A user cannot see another user's key, so every answer there is the 404 of a missing key.
  const table: [PersonaId, Action, 'own' | 'other', number][] = [
    ['admin', 'get', 'own', 200],
    ['admin', 'get', 'other', 200],
    ['admin', 'edit', 'own', 204],
    ['admin', 'edit', 'other', 204],
    ['admin', 'revoke', 'own', 204],
    ['admin', 'revoke', 'other', 204],
    ['admin', 'patch-revoke', 'own', 204],
    ['admin', 'patch-revoke', 'other', 204],
    ['admin', 'delete', 'own', 204],
    ['admin', 'delete', 'other', 204],
    ['viewer', 'get', 'own', 200],
    ['viewer', 'get', 'other', 200],
    ['viewer', 'edit', 'own', 204],
    ['viewer', 'edit', 'other', 403],
    ['viewer', 'revoke', 'own', 204],
    ['viewer', 'revoke', 'other', 403],
    ['viewer', 'patch-revoke', 'own', 204],
    ['viewer', 'patch-revoke', 'other', 403],
    ['viewer', 'delete', 'own', 204],
    ['viewer', 'delete', 'other', 403],
    ['user', 'get', 'own', 200],
    ['user', 'get', 'other', 404],
    ['user', 'edit', 'own', 204],
    ['user', 'edit', 'other', 404],
    ['user', 'revoke', 'own', 204],
    ['user', 'revoke', 'other', 404],
    ['user', 'patch-revoke', 'own', 204],
    ['user', 'patch-revoke', 'other', 404],
    ['user', 'delete', 'own', 204],
    ['user', 'delete', 'other', 404],
    // A custom role with `apiKey.list` reads the tenant's keys as a viewer does.
    ['auditor', 'get', 'other', 200],
    ['auditor', 'edit', 'own', 204],
    ['auditor', 'edit', 'other', 403],
    ['auditor', 'delete', 'other', 403],
  ];
  // Active keys with a valid name: the admin's, the user's, the viewer's, and Noah's (the auditor).
  const keyOf: Record<PersonaId, { own: string; other: string }> = {
    admin: { own: 'terraform-prod', other: 'ci-deploy' },
    viewer: { own: 'grafana-reader', other: 'edge-provisioner' },
    user: { own: 'ci-deploy', other: 'terraform-prod' },
    auditor: { own: 'edge-provisioner', other: 'grafana-reader' },
  };

  it.each(table)('%s: %s on an %s key answers %i', async (persona, action, whose, expected) => {
    mockControl.signInAs(persona);
    const name = keyOf[persona][whose];
    const key = mockDb()
      .keys()
      .find((k) => k.name === name)!;
    const [method, path, body] = request[action](key.uid, name);
    const result = await call(method, path, body);
    expect(result.status).toBe(expected);
    if (expected >= 400) expect(mockDb().key(key.uid)).toEqual(key);
  });
});

describe('revoke and re-activate, on both routes', () => {
  const terraform = () =>
    mockDb()
      .keys()
      .find((k) => k.name === 'terraform-prod')!;

  it('reads {} as a revoke (the Go SDK drops a false isActive) on PUT .../state and on PATCH', async () => {
    expect((await call('PATCH', `/v1/apiKeys/${terraform().uid}`, {})).status).toBe(204);
    expect(terraform().isActive).toBe(false);
    expect((await call('PATCH', `/v1/apiKeys/${terraform().uid}`, { isActive: true })).status).toBe(204);
    expect(terraform().isActive).toBe(true);
    expect((await call('PUT', `/v1/apiKeys/${terraform().uid}/state`, {})).status).toBe(204);
    expect(terraform().isActive).toBe(false);
    // A wrong type is refused: src/test/contract-server-bad-input.test.ts (off the contract, so over HTTP).
  });

  it('writes one audit entry per change, with the actor, newest first', async () => {
    const uid = terraform().uid;
    await call('PUT', `/v1/apiKeys/${uid}/state`, { isActive: false });
    mockControl.signInAs('viewer');
    const history = await call('GET', `/v1/audits?resourceUid=${uid}`);
    expect(history.status).toBe(200);
    const entries = history.body.items as { spec: { actionMsg: string; actor: { user: { uid: string } } } }[];
    expect(entries[0]!.spec.actionMsg).toBe('Revoked the API key');
    expect(entries[0]!.spec.actor.user.uid).toBe(PERSONAS.admin.uid);
    expect(entries.at(-1)!.spec.actionMsg).toBe('Created the API key');
  });
});

describe('rate limit per caller', () => {
  it('lets a signed-in admin through after 60 anonymous requests and while another user is limited', async () => {
    const { requireCredentials } = await import('./common');
    requireCredentials(true);
    try {
      const anonymous = await Promise.all(Array.from({ length: 60 }, () => call('GET', '/v1/apiKeys')));
      expect(new Set(anonymous.map((r) => r.status))).toEqual(new Set([401]));
      const admin = await call('POST', '/v1/auth/authenticate', {
        emailId: 'ava.admin@acme.example',
        org: 'Acme Robotics',
        password: 'Palette-mock-2026!',
      });
      const user = await call('POST', '/v1/auth/authenticate', {
        emailId: 'uma.user@acme.example',
        org: 'Acme Robotics',
        password: 'Palette-mock-2026!',
      });
      const asUser = { Authorization: user.body.Authorization as string };
      const flood = await Promise.all(
        Array.from({ length: 12 }, () => call('GET', '/v1/apiKeys', undefined, asUser)),
      );
      expect(flood.some((r) => r.status === 429)).toBe(true);
      const list = await call('GET', '/v1/apiKeys', undefined, {
        Authorization: admin.body.Authorization as string,
      });
      expect(list.status).toBe(200);
    } finally {
      requireCredentials(false);
    }
  });
});
