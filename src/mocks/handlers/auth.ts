import { http, HttpResponse } from 'msw';
import type { V1UserToken } from '../../lib/api/palette';
import { mockDb } from '../db';
import { ORG_NAME, SEED_PASSWORD } from '../personas';
import { gate, issuedTokens, paletteError, readJson, v1 } from './common';

/** Palette's tokens last about 15 minutes; tests shorten this (mockControl, or the contract server's env). */
export const DEFAULT_TOKEN_LIFETIME_MS = 15 * 60_000;
let tokenLifetimeMs = DEFAULT_TOKEN_LIFETIME_MS;

export function tokenLifetime(): number {
  return tokenLifetimeMs;
}

export function setTokenLifetime(ms: number): void {
  tokenLifetimeMs = Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_TOKEN_LIFETIME_MS;
}

/** Forgets every issued token: every session of the mock ends. */
export function endAllSessions(): void {
  issuedTokens.clear();
}

function base64Url(value: string): string {
  return btoa(value).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Issues a token shaped like Palette's (a JWT: the console may read `exp` from it). The mock does not
 * sign it: a token is valid because the mock issued it and remembers it, until it expires.
 */
function issueToken(userUid: string): string {
  const now = Date.now();
  const expiresAt = now + tokenLifetimeMs;
  const jti = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'));
  const header = base64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = base64Url(
    JSON.stringify({
      sub: userUid,
      iat: Math.floor(now / 1000),
      exp: Math.floor(expiresAt / 1000),
      jti: jti.join(''),
    }),
  );
  const token = `${header}.${payload}.`;
  // Expired tokens are of no use to anyone: drop them so a long-running contract server stays small.
  for (const [issued, session] of issuedTokens) if (session.expiresAt <= now) issuedTokens.delete(issued);
  issuedTokens.set(token, { userUid, expiresAt });
  return token;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The one answer to any failed sign-in: it never says which part was wrong, nor repeats any of it. */
const invalidCredentials = () => paletteError(401, 'Unauthorized', 'Invalid credentials');

export const authHandlers = [
  http.post(v1('/auth/authenticate'), async ({ request }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const body = (await readJson(request)) as Record<string, unknown> | undefined;
    const email = text(body?.emailId).toLocaleLowerCase();
    const org = text(body?.org).toLocaleLowerCase();
    const password = typeof body?.password === 'string' ? body.password : '';
    const user = mockDb()
      .users()
      .find((u) => u.email.toLocaleLowerCase() === email);
    if (!user || !user.isActive || org !== ORG_NAME.toLocaleLowerCase() || password !== SEED_PASSWORD)
      return invalidCredentials();
    return HttpResponse.json<V1UserToken>({ Authorization: issueToken(user.uid), isMfa: false });
  }),

  http.get<{ token: string }>(v1('/auth/refresh/:token'), async ({ request, params }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const session = issuedTokens.get(params.token);
    if (!session || session.expiresAt <= Date.now())
      return paletteError(401, 'Unauthorized', 'The session has expired');
    const user = mockDb().user(session.userUid);
    if (!user || !user.isActive)
      return paletteError(401, 'Unauthorized', 'The user is not active in this tenant');
    // The old token stays valid until its own expiry, so requests already on their way still succeed.
    return HttpResponse.json<V1UserToken>({ Authorization: issueToken(user.uid), isMfa: false });
  }),
];
