import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockControl } from '../control';
import { ORG_NAME, PERSONAS, SEED_PASSWORD } from '../personas';
import { DEFAULT_TOKEN_LIFETIME_MS } from './auth';
import { requireCredentials } from './common';

const base = 'http://localhost';

async function call(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
}

const signIn = (emailId: string, password = SEED_PASSWORD, org = ORG_NAME) =>
  call('POST', '/v1/auth/authenticate', { body: { emailId, org, password } });

beforeEach(() => requireCredentials(true));
afterEach(() => {
  requireCredentials(false);
  mockControl.setTokenLifetime(DEFAULT_TOKEN_LIFETIME_MS);
  vi.useRealTimers();
});

describe('POST /v1/auth/authenticate', () => {
  it('gives a seeded user a token that then authenticates as that user', async () => {
    const answer = await signIn('uma.user@acme.example');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ Authorization: expect.any(String), isMfa: false });

    const info = await call('GET', '/v1/users/info', {
      headers: { Authorization: answer.body.Authorization },
    });
    expect(info.status).toBe(200);
    expect(info.body.userUid).toBe(PERSONAS.user.uid);
  });

  it('takes the email and the organisation in any letter case', async () => {
    expect((await signIn('Ava.Admin@ACME.example', SEED_PASSWORD, 'acme robotics')).status).toBe(200);
  });

  it.each([
    ['a wrong password', 'ava.admin@acme.example', 'Not-the-password-1', ORG_NAME],
    ['another organisation', 'ava.admin@acme.example', SEED_PASSWORD, 'Globex'],
    ['an unknown email', 'nobody@acme.example', SEED_PASSWORD, ORG_NAME],
    ['a deactivated user', 'dan.departed@acme.example', SEED_PASSWORD, ORG_NAME],
  ])('refuses %s with 401, without repeating what was sent', async (_case, email, password, org) => {
    const answer = await signIn(email, password, org);
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: 'Unauthorized', message: 'Invalid credentials' });
    expect(answer.text).not.toContain(password);
    expect(answer.text).not.toContain(email);
  });

  it('issues tokens that lapse after the configured lifetime', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    mockControl.setTokenLifetime(10_000);
    const { body } = await signIn('ava.admin@acme.example');
    const headers = { Authorization: body.Authorization as string };
    expect((await call('GET', '/v1/users/info', { headers })).status).toBe(200);
    vi.advanceTimersByTime(10_001);
    const lapsed = await call('GET', '/v1/users/info', { headers });
    expect(lapsed.status).toBe(401);
    expect(lapsed.body.code).toBe('Unauthorized');
  });

  it('says in the token (a JWT) when it lapses', async () => {
    mockControl.setTokenLifetime(60_000);
    const before = Date.now();
    const { body } = await signIn('ava.admin@acme.example');
    const payload = JSON.parse(
      atob((body.Authorization as string).split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')),
    );
    expect(payload.exp * 1000).toBeGreaterThanOrEqual(Math.floor((before + 60_000) / 1000) * 1000);
    expect(payload.exp * 1000).toBeLessThanOrEqual(Date.now() + 60_000);
  });
});

describe('GET /v1/auth/refresh/{token}', () => {
  it('trades a valid token for a new one of the same user', async () => {
    const { body } = await signIn('vic.viewer@acme.example');
    const refreshed = await call('GET', `/v1/auth/refresh/${body.Authorization}`);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.Authorization).not.toBe(body.Authorization);
    const info = await call('GET', '/v1/users/info', {
      headers: { Authorization: refreshed.body.Authorization },
    });
    expect(info.body.userUid).toBe(PERSONAS.viewer.uid);
  });

  it('refuses a lapsed or unknown token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    mockControl.setTokenLifetime(5_000);
    const { body } = await signIn('vic.viewer@acme.example');
    vi.advanceTimersByTime(5_001);
    expect((await call('GET', `/v1/auth/refresh/${body.Authorization}`)).status).toBe(401);
    expect((await call('GET', '/v1/auth/refresh/not-a-token')).status).toBe(401);
  });
});

describe('credentials on the contract server', () => {
  it('refuses a request without credentials', async () => {
    const answer = await call('GET', '/v1/apiKeys');
    expect(answer.status).toBe(401);
  });

  it('accepts a key made through it as an ApiKey header, until it is revoked', async () => {
    const { body: token } = await signIn('uma.user@acme.example');
    const auth = { Authorization: token.Authorization as string };
    const created = await call('POST', '/v1/apiKeys', {
      headers: auth,
      body: {
        metadata: { name: 'from-a-test', annotations: { description: '' } },
        spec: { expiry: new Date(Date.now() + 7 * 86_400_000).toISOString(), userUid: PERSONAS.user.uid },
      },
    });
    expect(created.status).toBe(201);
    const withKey = { ApiKey: created.body.apiKey as string };
    expect((await call('GET', '/v1/users/info', { headers: withKey })).body.userUid).toBe(PERSONAS.user.uid);

    const state = `/v1/apiKeys/${created.body.uid}/state`;
    expect((await call('PUT', state, { headers: auth, body: { isActive: false } })).status).toBe(204);
    expect((await call('GET', '/v1/users/info', { headers: withKey })).status).toBe(401);
  });
});
