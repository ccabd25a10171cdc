import { describe, expect, it } from 'vitest';
import { can } from '../../lib/authz';
import { mockControl } from '../control';
import { mockDb } from '../db';
import { PERSONAS, type PersonaId } from '../personas';
import { sha256Hex } from '../sha256';

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

  it('omits empty fields as Palette does', async () => {
    const { body } = await call('GET', '/v1/apiKeys');
    const revoked = body.items.find((k: { metadata: { name: string } }) => k.metadata.name === 'old-laptop');
    expect(revoked.status).toEqual({});
    const noDescription = body.items.find(
      (k: { metadata: { name: string } }) => k.metadata.name === 'local-dev',
    );
    expect(noDescription.metadata.annotations.description).toBeUndefined();
    expect(noDescription.metadata.annotations.permissions).toContain('apiKey.get');
    expect(JSON.stringify(body)).not.toMatch(/secretHash|apiKey"/);
  });
});

describe('POST /v1/apiKeys', () => {
  it('returns the secret once, keeps only its hash, and lets the secret authenticate', async () => {
    const created = await call('POST', '/v1/apiKeys', createBody('from-test'));
    expect(created.status).toBe(201);
    const { apiKey, uid } = created.body;
    expect(apiKey).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const stored = mockDb().key(uid)!;
    expect(stored.secretHash).toBe(sha256Hex(apiKey));
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

  it.each(['admin', 'viewer', 'user'] as const)(
    'lets %s create for others only as the matrix says',
    async (persona) => {
      mockControl.signInAs(persona);
      const other = persona === 'user' ? PERSONAS.admin.uid : PERSONAS.user.uid;
      const result = await call('POST', '/v1/apiKeys', createBody('for-someone', { userUid: other }));
      const subject = {
        userUid: PERSONAS[persona].uid,
        access: persona === 'admin' ? 'tenant-admin' : persona === 'viewer' ? 'tenant-viewer' : 'member',
      } as const;
      expect(result.status).toBe(can(subject, 'apiKey.createForOthers') ? 201 : 403);
    },
  );
});

describe('actions on one key', () => {
  const someoneElsesKey = (persona: PersonaId) =>
    mockDb()
      .keys()
      .find((k) => k.ownerUid !== PERSONAS[persona].uid)!;

  it.each(['viewer', 'user'] as const)(
    "refuses %s changes to another user's key with 403",
    async (persona) => {
      mockControl.signInAs(persona);
      const key = someoneElsesKey(persona);
      expect((await call('PUT', `/v1/apiKeys/${key.uid}/state`, { isActive: false })).status).toBe(403);
      expect((await call('DELETE', `/v1/apiKeys/${key.uid}`)).status).toBe(403);
      expect(
        (
          await call('PUT', `/v1/apiKeys/${key.uid}`, {
            metadata: { name: 'x' },
            spec: { expiry: new Date(Date.now() + DAY).toISOString() },
          })
        ).status,
      ).toBe(403);
      expect(mockDb().key(key.uid)).toEqual(key);
    },
  );

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
