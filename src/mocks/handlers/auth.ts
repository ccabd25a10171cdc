import { http, HttpResponse } from 'msw';
import type { V1UserToken } from '../../lib/api/palette';
import { mockDb } from '../db';
import { ORG_NAME, SEED_PASSWORD } from '../personas';
import { invalid, isObject, issuedTokens, paletteError, publicRoute, readJson, route, v1 } from './common';

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
  http.post(
    v1('/auth/authenticate'),
    publicRoute(async ({ request }) => {
      const raw = await readJson(request);
      if (raw instanceof Response) return raw;
      const body = isObject(raw) ? raw : undefined;
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
  ),

  http.get<{ token: string }>(
    v1('/auth/refresh/:token'),
    publicRoute<{ token: string }>(({ params }) => {
      const session = issuedTokens.get(params.token);
      if (!session || session.expiresAt <= Date.now())
        return paletteError(401, 'Unauthorized', 'The session has expired');
      const user = mockDb().user(session.userUid);
      if (!user || !user.isActive)
        return paletteError(401, 'Unauthorized', 'The user is not active in this tenant');
      // The old token stays valid until its own expiry, so requests already on their way still succeed.
      return HttpResponse.json<V1UserToken>({ Authorization: issueToken(user.uid), isMfa: false });
    }),
  ),

  /**
   * Sign out: the listed tokens stop working at once (401 from then on). A caller may revoke only
   * their own tokens; others in the list, and tokens already gone, are skipped as Palette does.
   */
  http.post(
    v1('/users/auth/tokens/revoke'),
    route({}, async ({ request, caller }) => {
      const body = await readJson(request);
      if (body instanceof Response) return body;
      const tokens = isObject(body) ? body.tokens : undefined;
      if (!Array.isArray(tokens) || !tokens.every((t) => typeof t === 'string'))
        return invalid('tokens must be a list of tokens', { tokens: 'Send { "tokens": ["<token>"] }' });
      for (const token of tokens as string[])
        if (issuedTokens.get(token)?.userUid === caller.userUid) issuedTokens.delete(token);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
