import { delay, HttpResponse } from 'msw';
import { accessFromRoles, can, type Capability, type Subject } from '../../lib/authz';
import type { MockKey, MockUser } from '../data';
import { mockDb } from '../db';
import { TokenBucket } from '../rate-limit';
import { failing, scenario } from '../scenario';
import { sha256Hex } from '../sha256';

/** Every path the mock answers, on any origin (the browser's, jsdom's, the contract server's). */
export const v1 = (path: string) => `*/v1${path}`;

let refCounter = 0;
function nextRef(): string {
  refCounter += 1;
  return `mock-${Date.now().toString(36)}-${refCounter.toString(36)}`;
}

/** Palette's `v1Error`, with field problems in `details.fields` for a 400. */
export function paletteError(
  status: number,
  code: string,
  message: string,
  init: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  return HttpResponse.json(
    { code, message, ref: nextRef(), ...(init.fields ? { details: { fields: init.fields } } : {}) },
    { status, headers: init.headers ?? {} },
  );
}

export const forbidden = (message = 'You do not have permission to perform this action') =>
  paletteError(403, 'Forbidden', message);

export const notFound = (what: string) => paletteError(404, 'NotFound', `${what} not found`);

export interface Caller extends Subject {
  user: MockUser;
}

/** Tokens issued by the mock's sign-in (`/v1/auth/authenticate`): token → user uid and expiry. */
export const issuedTokens = new Map<string, { userUid: string; expiresAt: number }>();

/** Whether a request without credentials acts as the tab's persona (browser, tests) or is refused. */
let personaFallback = true;
export function requireCredentials(required: boolean): void {
  personaFallback = !required;
}

function keyIsUsable(key: MockKey | undefined, now: number): key is MockKey {
  return key !== undefined && key.isActive && Date.parse(key.expiry) > now;
}

/** Works out who is calling: an `ApiKey` header, an `Authorization` token, or the tab's persona. */
export function identify(request: Request): Caller | Response {
  const db = mockDb();
  const now = Date.now();
  let userUid: string | undefined;
  const apiKey = request.headers.get('ApiKey');
  const token = request.headers.get('Authorization');
  if (apiKey) {
    const key = db.keyBySecretHash(sha256Hex(apiKey));
    if (!keyIsUsable(key, now))
      return paletteError(401, 'Unauthorized', 'The API key is invalid, revoked or expired');
    userUid = key.ownerUid;
  } else if (token) {
    const session = issuedTokens.get(token);
    if (!session || session.expiresAt <= now)
      return paletteError(401, 'Unauthorized', 'The session has expired');
    userUid = session.userUid;
  } else if (personaFallback) {
    if (failing('session-expired')) return paletteError(401, 'Unauthorized', 'The session has expired');
    userUid = db.currentUserUid();
  } else {
    return paletteError(401, 'Unauthorized', 'Sign in with an API key or a token');
  }
  const user = db.user(userUid);
  if (!user || !user.isActive)
    return paletteError(401, 'Unauthorized', 'The user is not active in this tenant');
  return { user, userUid: user.uid, access: accessFromRoles(user.roles) };
}

/** Refuses with 403 unless the matrix grants `capability` (on `key`, when given). */
export function deny(caller: Caller, capability: Capability, key?: MockKey): Response | undefined {
  return can(caller, capability, key ? { ownerUid: key.ownerUid } : undefined) ? undefined : forbidden();
}

const bucket = new TokenBucket();

export function resetRateLimit(): void {
  bucket.reset();
}

/** Applies the scenario (latency, offline, rate limit) and Palette's own rate limit on /v1/apiKeys. */
export async function gate(request: Request, { rateLimited = false } = {}): Promise<Response | undefined> {
  const { latency } = scenario();
  if (latency > 0) await delay(latency);
  if (failing('offline')) return HttpResponse.error();
  if (!rateLimited) return undefined;
  const wait = failing('rate-limit') ? 1 : bucket.take();
  if (wait > 0) {
    const seconds = Math.max(1, Math.ceil(wait));
    return paletteError(
      429,
      'TooManyRequests',
      `Too many requests to ${new URL(request.url).pathname}; retry later`,
      {
        headers: { 'Retry-After': String(seconds) },
      },
    );
  }
  return undefined;
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
