import { afterEach, describe, expect, it } from 'vitest';
import {
  createApiKey,
  deleteApiKey,
  fetchApiKey,
  fetchApiKeys,
  fetchKeyLimit,
  setApiKeyState,
  updateApiKey,
} from '../features/api-keys/api/endpoints';
import { toCreateBody, toUpdateBody } from '../features/api-keys/api/mapping';
import { signInWithApiKey, signInWithPassword, toAuthLoginBody } from '../features/sign-in/api/sign-in';
import { configureApiClient, palette } from '../lib/api/client';
import { fetchSession, paletteAuth, setCredentials, signOut } from '../lib/session';
import { currentCredentials, refreshToken } from '../lib/session/credentials';
import { fetchTenantUsers, searchTenantUsers } from '../lib/users';
import { mockControl } from '../mocks/control';
import { requireCredentials, resetRateLimit } from '../mocks/handlers/common';
import { ORG_NAME, PERSONAS, SEED_PASSWORD } from '../mocks/personas';
import { contractTraffic, findOperation, requestViolations, responseViolations } from './contract';

const DAY = 86_400_000;
const draft = (name: string) => ({
  name,
  description: 'Contract check',
  expiry: new Date(Date.now() + 30 * DAY).toISOString(),
});

afterEach(() => {
  signOut();
  requireCredentials(false);
  configureApiClient({ baseUrl: '' });
});

/** Makes a call and returns the status, whatever it is: the answer itself is checked by the recorder. */
async function status(call: () => Promise<unknown>): Promise<number> {
  return call().then(
    () => 200,
    (error: { status: number }) => error.status,
  );
}

describe('the bodies the console sends', () => {
  it('match the contract: create, update, state, sign-in, user search', () => {
    expect(requestViolations('POST', '/v1/apiKeys', toCreateBody({ ...draft('a'), ownerUid: 'u1' }))).toEqual(
      [],
    );
    expect(requestViolations('PUT', '/v1/apiKeys/k1', toUpdateBody(draft('a')))).toEqual([]);
    expect(requestViolations('PUT', '/v1/apiKeys/k1/state', { isActive: false })).toEqual([]);
    const login = toAuthLoginBody({ emailId: ' ava@acme.example ', org: 'Acme', password: ' secret ' });
    expect(login).toEqual({ emailId: 'ava@acme.example', org: 'Acme', password: ' secret ' });
    expect(requestViolations('POST', '/v1/auth/authenticate', login)).toEqual([]);
  });

  it('are really checked: a wrong type or an unknown endpoint is reported', () => {
    expect(requestViolations('PUT', '/v1/apiKeys/k1/state', { isActive: 'no' })).not.toEqual([]);
    expect(requestViolations('POST', '/v1/apiKeys', { metadata: { name: 7 } })).not.toEqual([]);
    expect(requestViolations('POST', '/v1/keys', {})).not.toEqual([]);
  });
});

describe('the answers of the mock', () => {
  it('are really checked: a wrong type, an undeclared status or a non-v1Error error is reported', () => {
    expect(responseViolations('GET', '/v1/apiKeys', 200, { items: 'none' })).not.toEqual([]);
    expect(responseViolations('GET', '/v1/users/info', 200, { userUid: 42 })).not.toEqual([]);
    expect(responseViolations('POST', '/v1/apiKeys', 200, { uid: 'k' })).not.toEqual([]);
    expect(responseViolations('GET', '/v1/apiKeys', 500, 'oops')).not.toEqual([]);
    expect(responseViolations('GET', '/v1/apiKeys', 404, { code: 1 })).not.toEqual([]);
  });

  it('tell literal paths from templated ones', () => {
    expect(findOperation('GET', '/v1/users/info')?.template).toBe('/v1/users/info');
    expect(findOperation('GET', '/v1/users/abc')?.template).toBe('/v1/users/{uid}');
    expect(findOperation('PUT', '/v1/apiKeys/abc/state')?.template).toBe('/v1/apiKeys/{uid}/state');
  });

  // Every call below goes through the recorder (src/test/setup.ts): a stray answer fails the test.
  it('match the contract on every endpoint the console uses, successes first', async () => {
    const session = await fetchSession();
    expect(session.userUid).toBe(PERSONAS.admin.uid);
    expect(await fetchKeyLimit(session.tenantUid)).toBe(20);
    expect((await fetchTenantUsers()).length).toBeGreaterThan(3);
    expect((await searchTenantUsers('uma')).length).toBeGreaterThan(0);
    expect(await status(() => palette.GET('/v1/users/meta'))).toBe(200);

    const created = await createApiKey({ ...draft('contract-check'), ownerUid: PERSONAS.user.uid });
    expect((await fetchApiKeys()).some((k) => k.uid === created.uid)).toBe(true);
    // More /v1/apiKeys calls than Palette's burst of 5 would be rate limited.
    resetRateLimit();
    expect((await fetchApiKey(created.uid)).name).toBe('contract-check');
    await updateApiKey(created.uid, draft('contract-check-2'));
    await setApiKeyState(created.uid, false);
    await setApiKeyState(created.uid, true);
    await deleteApiKey(created.uid);
  });

  it('match the contract when they refuse: 400, 401, 403, 404, 409, 429', async () => {
    expect(
      await status(() => palette.POST('/v1/apiKeys', { body: { metadata: { name: '' }, spec: {} } })),
    ).toBe(400);
    expect(
      await status(() =>
        palette.PUT('/v1/apiKeys/{uid}/state', {
          params: { path: { uid: 'nope' } },
          body: { isActive: true },
        }),
      ),
    ).toBe(404);
    await createApiKey({ ...draft('twice'), ownerUid: PERSONAS.admin.uid });
    expect(
      await status(() =>
        palette.POST('/v1/apiKeys', {
          body: toCreateBody({ ...draft('twice'), ownerUid: PERSONAS.admin.uid }),
        }),
      ),
    ).toBe(409);
    mockControl.signInAs('viewer');
    expect(
      await status(() =>
        palette.POST('/v1/apiKeys', { body: toCreateBody({ ...draft('no'), ownerUid: PERSONAS.admin.uid }) }),
      ),
    ).toBe(403);
    mockControl.setScenario({ failures: ['rate-limit'] });
    expect(await status(() => palette.GET('/v1/apiKeys'))).toBe(429);
    resetRateLimit();
    mockControl.setScenario({ failures: ['list'] });
    expect(await status(() => palette.GET('/v1/apiKeys'))).toBe(500);
    mockControl.setScenario({ failures: ['session-expired'] });
    expect(await status(() => palette.GET('/v1/users/info'))).toBe(401);
  });

  it('match the contract when signing in, refreshing and refusing credentials', async () => {
    requireCredentials(true);
    configureApiClient({ baseUrl: '', ...paletteAuth() });
    const credentials = await signInWithPassword({
      emailId: 'ava.admin@acme.example',
      org: ORG_NAME,
      password: SEED_PASSWORD,
    });
    expect(credentials.kind).toBe('token');
    setCredentials(credentials, { persist: false });
    await refreshToken(credentials.kind === 'token' ? credentials.token : '');
    expect(currentCredentials()).toMatchObject({ kind: 'token' });
    expect(currentCredentials()).not.toEqual(credentials);
    await expect(signInWithApiKey('not-a-key-0000000000000000')).rejects.toMatchObject({ status: 401 });
    await expect(
      signInWithPassword({ emailId: 'ava.admin@acme.example', org: ORG_NAME, password: 'wrong-password' }),
    ).rejects.toMatchObject({ status: 401 });
    expect(
      await status(() =>
        palette.GET('/v1/auth/refresh/{token}', { params: { path: { token: 'lapsed-token' } } }),
      ),
    ).toBe(401);
  });

  it('exempts, when a test says so, only that test’s answers', async () => {
    contractTraffic.exemptAnswers();
    contractTraffic.response(new Request('http://localhost/v1/apiKeys'), Response.json({ items: 'x' }));
    expect(await contractTraffic.take()).toEqual([]);
    contractTraffic.response(new Request('http://localhost/v1/apiKeys'), Response.json({ items: 'x' }));
    expect(await contractTraffic.take()).toHaveLength(1);
  });
});
