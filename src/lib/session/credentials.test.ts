import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TOKEN_LIFETIME_MS } from '../../mocks/handlers/auth';
import { requireCredentials } from '../../mocks/handlers/common';
import { mockControl } from '../../mocks/control';
import { server } from '../../mocks/node';
import { ORG_NAME, PERSONAS, SEED_PASSWORD } from '../../mocks/personas';
import { candidateCredential, configureApiClient, palette } from '../api/client';
import {
  credentialState,
  currentCredentials,
  paletteAuth,
  refreshDelay,
  restoreCredentials,
  setCredentials,
  signOut,
  signOutOfPalette,
  TOKEN_LIFETIME_MS,
  tokenExpiry,
} from './credentials';

const STORAGE_KEY = 'palette-console:credentials';

/** A JWT-shaped token that lapses at `exp` (seconds). */
const jwt = (exp: number) => `eyJhbGciOiJub25lIn0.${btoa(JSON.stringify({ exp })).replace(/=+$/, '')}.`;

async function passwordToken(email: string): Promise<string> {
  const { data } = await palette.POST('/v1/auth/authenticate', {
    body: { emailId: email, org: ORG_NAME, password: SEED_PASSWORD },
    middleware: [candidateCredential({})],
  });
  return data!.Authorization!;
}

beforeEach(() => {
  requireCredentials(true);
  configureApiClient({ baseUrl: '', ...paletteAuth() });
});
afterEach(() => {
  signOut();
  sessionStorage.clear();
  localStorage.clear();
  requireCredentials(false);
  mockControl.setTokenLifetime(DEFAULT_TOKEN_LIFETIME_MS);
  configureApiClient({ baseUrl: '' });
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the credential store', () => {
  it('keeps a credential in memory only, unless asked to keep it for the tab', () => {
    setCredentials({ kind: 'apiKey', apiKey: 'k-memory-only' }, { persist: false });
    expect(currentCredentials()).toEqual({ kind: 'apiKey', apiKey: 'k-memory-only' });
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();

    setCredentials({ kind: 'apiKey', apiKey: 'k-for-the-tab' }, { persist: true });
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).toEqual({
      kind: 'apiKey',
      apiKey: 'k-for-the-tab',
    });
  });

  it('never writes to localStorage', () => {
    const write = vi.spyOn(Storage.prototype, 'setItem');
    setCredentials({ kind: 'apiKey', apiKey: 'k1' }, { persist: true });
    setCredentials(
      { kind: 'token', token: jwt(Date.now() / 1000 + 600), expiresAt: Date.now() + 600_000 },
      { persist: true },
    );
    expect(localStorage.length).toBe(0);
    for (const call of write.mock.contexts) expect(call).toBe(sessionStorage);
  });

  it('forgets the credential on Sign out, in memory and in the tab', () => {
    setCredentials({ kind: 'apiKey', apiKey: 'k1' }, { persist: true });
    signOut();
    expect(currentCredentials()).toBeNull();
    expect(credentialState().ended).toBe('signed-out');
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('restores what the tab kept, but not a lapsed token', () => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ kind: 'apiKey', apiKey: 'kept' }));
    restoreCredentials();
    expect(currentCredentials()).toEqual({ kind: 'apiKey', apiKey: 'kept' });

    sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ kind: 'token', token: 't', expiresAt: Date.now() - 1 }),
    );
    restoreCredentials();
    expect(currentCredentials()).toBeNull();

    sessionStorage.setItem(STORAGE_KEY, '{not json');
    restoreCredentials();
    expect(currentCredentials()).toBeNull();
  });

  it('sends the credential as Palette expects: ApiKey, or Authorization without Bearer', () => {
    const { getAuthHeaders } = paletteAuth();
    setCredentials({ kind: 'apiKey', apiKey: 'k1' }, { persist: false });
    expect(getAuthHeaders!()).toEqual({ ApiKey: 'k1' });
    setCredentials({ kind: 'token', token: 't1', expiresAt: Date.now() + 60_000 }, { persist: false });
    expect(getAuthHeaders!()).toEqual({ Authorization: 't1' });
  });
});

describe('a 401', () => {
  it('ends the session when it refuses the current credential', async () => {
    setCredentials({ kind: 'apiKey', apiKey: 'no-such-key-000000000000' }, { persist: true });
    await expect(palette.GET('/v1/users/info')).rejects.toMatchObject({ status: 401 });
    expect(currentCredentials()).toBeNull();
    expect(credentialState().ended).toBe('expired');
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('changes nothing when it refuses a credential that has since been replaced', () => {
    setCredentials({ kind: 'apiKey', apiKey: 'the-new-one' }, { persist: false });
    paletteAuth().onUnauthorized!(new Error('401') as never, { ApiKey: 'the-old-one' });
    expect(currentCredentials()).toEqual({ kind: 'apiKey', apiKey: 'the-new-one' });
  });

  it('of a sign-in check is an answer, not the end of the session', async () => {
    setCredentials({ kind: 'apiKey', apiKey: 'signed-in-already' }, { persist: false });
    await expect(
      palette.GET('/v1/users/info', {
        middleware: [candidateCredential({ ApiKey: 'a-candidate-key-00000000' })],
      }),
    ).rejects.toMatchObject({ status: 401 });
    expect(currentCredentials()).toEqual({ kind: 'apiKey', apiKey: 'signed-in-already' });
  });
});

describe('tokens', () => {
  it('lapse when their JWT says, or after Palette’s 15 minutes when it does not say', () => {
    expect(tokenExpiry(jwt(2_000_000_000))).toBe(2_000_000_000_000);
    expect(tokenExpiry('opaque-token', 1_000)).toBe(1_000 + TOKEN_LIFETIME_MS);
    expect(tokenExpiry('a.b.c', 1_000)).toBe(1_000 + TOKEN_LIFETIME_MS);
  });

  it('are refreshed a minute before they lapse, or at two thirds of a short life', () => {
    expect(refreshDelay(15 * 60_000, 0)).toBe(14 * 60_000);
    expect(refreshDelay(12_000, 0)).toBe(8_000);
    expect(refreshDelay(-5, 0)).toBe(0);
  });

  it('are refreshed before they lapse, so the session outlives the first token', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    mockControl.setTokenLifetime(9_000);
    const first = await passwordToken('ava.admin@acme.example');
    setCredentials({ kind: 'token', token: first, expiresAt: tokenExpiry(first) }, { persist: true });

    await vi.advanceTimersByTimeAsync(6_500);
    await vi.waitFor(() => expect(currentCredentials()).not.toMatchObject({ token: first }));
    const second = currentCredentials();
    expect(second).toMatchObject({ kind: 'token' });
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).toEqual(second);

    await vi.advanceTimersByTimeAsync(6_000); // the first token has lapsed by now; the second holds
    const { data: info } = await palette.GET('/v1/users/info');
    expect(info?.userUid).toBe(PERSONAS.admin.uid);
  });

  it('end the session when the refresh comes too late', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    mockControl.setTokenLifetime(5_000);
    const token = await passwordToken('ava.admin@acme.example');
    setCredentials({ kind: 'token', token, expiresAt: Date.now() + 60_000 }, { persist: false });
    vi.advanceTimersByTime(5_001); // as if the tab slept through the refresh
    await expect(palette.GET('/v1/apiKeys')).rejects.toMatchObject({ status: 401 });
    expect(currentCredentials()).toBeNull();
    expect(credentialState().ended).toBe('expired');
  });
});

describe('Sign out on Palette', () => {
  /** Whether Palette still takes `token` for who-am-I. */
  const status = (token: string) =>
    fetch('http://localhost/v1/users/info', { headers: { Authorization: token } }).then((r) => r.status);

  it('revokes the session token on the server before forgetting it', async () => {
    const token = await passwordToken('uma.user@acme.example');
    setCredentials({ kind: 'token', token, expiresAt: Date.now() + 600_000 }, { persist: true });
    const sent: unknown[] = [];
    const record = ({ request }: { request: Request }) => {
      if (request.url.endsWith('/v1/users/auth/tokens/revoke')) sent.push(request.clone());
    };
    server.events.on('request:start', record);
    await signOutOfPalette();
    server.events.removeListener('request:start', record);

    expect(sent).toHaveLength(1);
    expect(await (sent[0] as Request).json()).toEqual({ tokens: [token] });
    expect(await status(token)).toBe(401);
    expect(currentCredentials()).toBeNull();
    expect(credentialState()).toMatchObject({ ended: 'signed-out' });
    expect(credentialState().revokeUnconfirmed).toBeUndefined();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('still signs out when the revoke gets no answer, and says Palette did not confirm it', async () => {
    const token = await passwordToken('uma.user@acme.example');
    setCredentials({ kind: 'token', token, expiresAt: Date.now() + 600_000 }, { persist: false });
    server.use(http.post('*/v1/users/auth/tokens/revoke', () => HttpResponse.error()));
    await signOutOfPalette();
    expect(currentCredentials()).toBeNull();
    expect(credentialState()).toMatchObject({ ended: 'signed-out', revokeUnconfirmed: true });
  });

  it("only forgets an API key: it is the user's key, not a session", async () => {
    const revoke = vi.fn(() => new HttpResponse(null, { status: 204 }));
    server.use(http.post('*/v1/users/auth/tokens/revoke', revoke));
    setCredentials({ kind: 'apiKey', apiKey: 'k-signed-in' }, { persist: false });
    await signOutOfPalette();
    expect(revoke).not.toHaveBeenCalled();
    expect(currentCredentials()).toBeNull();
    expect(credentialState().ended).toBe('signed-out');
  });
});
