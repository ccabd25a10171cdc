import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { configureApiClient } from '../api/client';
import {
  currentCredentials,
  MIN_REFRESH_GAP_MS,
  paletteAuth,
  refreshToken,
  setCredentials,
  signOut,
  tokenExpiry,
} from './credentials';

/**
 * The refresh timer on a browser whose clock is off Palette's. Palette stamps its tokens (`iat`,
 * `exp`) with its own clock; the console must schedule from the token's lifetime, counted from when
 * the token arrived, and never loop.
 */

const MINUTE = 60_000;
const LIFETIME_S = 15 * 60;
/** The browser's clock runs this far ahead of Palette's. */
const SKEW_MS = 16 * MINUTE;

const base64Url = (value: string) => btoa(value).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

let issued = 0;
/** A Palette-like JWT stamped by the server's clock (the browser's minus the skew). */
function serverToken(claims: { lifetimeS?: number; withIat?: boolean } = {}): string {
  const { lifetimeS = LIFETIME_S, withIat = true } = claims;
  const iat = Math.floor((Date.now() - SKEW_MS) / 1000);
  const payload = { sub: 'u1', ...(withIat ? { iat } : {}), exp: iat + lifetimeS, jti: ++issued };
  return `${base64Url('{"alg":"none"}')}.${base64Url(JSON.stringify(payload))}.`;
}

/** Palette's refresh route, counting the calls (and when they came, on the browser's clock). */
function serveRefresh(claims: Parameters<typeof serverToken>[0] = {}, answerAfterMs = 0): number[] {
  const calls: number[] = [];
  server.use(
    http.get('/v1/auth/refresh/:token', async () => {
      calls.push(Date.now());
      if (answerAfterMs) await delay(answerAfterMs);
      return HttpResponse.json({ Authorization: serverToken(claims), isMfa: false });
    }),
  );
  return calls;
}

function signInWith(token: string) {
  setCredentials({ kind: 'token', token, expiresAt: tokenExpiry(token) }, { persist: false });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-12-02T09:00:00Z'));
  configureApiClient({ baseUrl: '', ...paletteAuth() });
});
afterEach(() => {
  signOut();
  configureApiClient({ baseUrl: '' });
  vi.useRealTimers();
});

describe('with the browser clock 16 minutes ahead of Palette', () => {
  it('a token that looks lapsed on arrival is refreshed once per lifetime, not in a loop', async () => {
    const calls = serveRefresh();
    signInWith(serverToken());

    await vi.advanceTimersByTimeAsync(200);
    expect(calls, 'refresh calls in the first 200 ms').toHaveLength(0);

    await vi.advanceTimersByTimeAsync(LIFETIME_S * 1000);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(2);
    expect(currentCredentials()).toMatchObject({ kind: 'token' });

    // Four lifetimes: still about one call each, and the session holds throughout.
    await vi.advanceTimersByTimeAsync(3 * LIFETIME_S * 1000);
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.length).toBeLessThanOrEqual(8);
    expect(currentCredentials()).toMatchObject({ kind: 'token' });
  });

  it('a token with `exp` only is refreshed once per lifetime too', async () => {
    const calls = serveRefresh({ withIat: false });
    signInWith(serverToken({ withIat: false }));
    await vi.advanceTimersByTimeAsync(LIFETIME_S * 1000);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(2);
  });

  it('is refreshed before it lapses, counted from its arrival: a minute early for Palette’s 15 minutes', async () => {
    const calls = serveRefresh();
    const arrived = Date.now();
    signInWith(serverToken());
    await vi.advanceTimersByTimeAsync(14 * MINUTE - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([arrived + 14 * MINUTE]);
  });
});

describe('the floor, and one refresh at a time', () => {
  it('never sends two refresh calls closer than the floor, even for a token that lasts a second', async () => {
    const calls = serveRefresh({ lifetimeS: 1 });
    signInWith(serverToken({ lifetimeS: 1 }));
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(MINUTE / MIN_REFRESH_GAP_MS + 1);
    const gaps = calls.slice(1).map((at, i) => at - calls[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(MIN_REFRESH_GAP_MS);
  });

  it('a refresh asked for while one is under way joins it', async () => {
    const calls = serveRefresh({}, 3_000);
    const token = serverToken();
    signInWith(token);
    const first = refreshToken(token);
    const second = refreshToken(token);
    expect(second).toBe(first);
    await vi.advanceTimersByTimeAsync(3_000);
    await first;
    expect(calls).toHaveLength(1);
    expect(currentCredentials()).not.toMatchObject({ token });
  });
});
