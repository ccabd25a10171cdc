import { delay, HttpResponse, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import {
  accessFromPermissions,
  accessFromRoles,
  can,
  type AccessLevel,
  type Capability,
  type Subject,
} from '../../lib/authz';
import type { MockKey, MockUser } from '../data';
import { mockDb } from '../db';
import { TokenBucket } from '../rate-limit';
import { permissionsOf } from '../roles';
import { failing, scenario } from '../scenario';
import { sha256Hex } from '../sha256';

/** Every path the mock answers, on any origin (the browser's, jsdom's, the contract server's). */
export const v1 = (path: string) => `*/v1${path}`;

let refCounter = 0;
/** Palette's `ref` of an error answer: what a support request quotes. */
export function nextRef(): string {
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

/** Palette's code for a missing resource is `ResourceNotFound` (its documentation, the Go SDK). */
export const notFound = (what: string) => paletteError(404, 'ResourceNotFound', `${what} not found`);

export const invalid = (message: string, fields?: Record<string, string>) =>
  paletteError(400, 'InvalidRequest', message, fields ? { fields } : {});

export interface Caller extends Subject {
  user: MockUser;
  /** Every permission the caller's roles carry (src/mocks/roles.ts). */
  permissions: Set<string>;
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

/**
 * The matrix's level from role names; a custom role carrying `apiKey.list` reads the whole tenant's
 * keys as a viewer does, whatever its name.
 */
function accessOf(roleNames: readonly string[], permissions: Set<string>): AccessLevel {
  const byName = accessFromRoles(roleNames);
  return byName === 'member' ? accessFromPermissions(permissions) : byName;
}

/** Works out who is calling: an `ApiKey` header, an `Authorization` token, or the tab's persona. */
export async function identify(request: Request): Promise<Caller | Response> {
  const db = mockDb();
  const now = Date.now();
  let userUid: string | undefined;
  const apiKey = request.headers.get('ApiKey');
  const token = request.headers.get('Authorization');
  if (apiKey) {
    const key = db.keyBySecretHash(await sha256Hex(apiKey));
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
  const permissions = permissionsOf(user.roles);
  return { user, userUid: user.uid, access: accessOf(user.roles, permissions), permissions };
}

/** Refuses with 403 unless the matrix grants `capability` (on `key`, when given). */
export function deny(caller: Caller, capability: Capability, key?: MockKey): Response | undefined {
  return can(caller, capability, key ? { ownerUid: key.ownerUid } : undefined) ? undefined : forbidden();
}

/**
 * Palette's limit on /v1/apiKeys, one bucket per caller: counted after identification, so that
 * nobody's requests (anonymous ones least of all, which never reach a bucket) starve another's.
 */
const buckets = new Map<string, TokenBucket>();

export function resetRateLimit(): void {
  buckets.clear();
}

function rateLimit(request: Request, caller: Caller): Response | undefined {
  let bucket = buckets.get(caller.userUid);
  if (!bucket) buckets.set(caller.userUid, (bucket = new TokenBucket()));
  const wait = failing('rate-limit') ? 1 : bucket.take();
  if (wait <= 0) return undefined;
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

/**
 * Applies the scenario's latency and offline failure: what the network does before any server code.
 * A real Palette is up before it is asked anything, but the mock builds its tenant (20,000 seeded
 * keys in the large dataset) on first use: that happens here, while the request is on its way.
 */
async function network(): Promise<Response | undefined> {
  const { latency } = scenario();
  const arrived = latency > 0 ? delay(latency) : undefined;
  mockDb().warm();
  await arrived;
  return failing('offline') ? HttpResponse.error() : undefined;
}

interface PublicContext<P extends PathParams> {
  request: Request;
  params: P;
}

export interface CallerContext<P extends PathParams> extends PublicContext<P> {
  caller: Caller;
}

type Resolver<P extends PathParams> = HttpResponseResolver<P, DefaultBodyType>;

/** A route that needs no credentials (sign-in, refresh): only the network scenario applies. */
export function publicRoute<P extends PathParams = PathParams>(
  handle: (context: PublicContext<P>) => Response | Promise<Response>,
): Resolver<P> {
  return async ({ request, params }) => (await network()) ?? handle({ request, params });
}

/**
 * What every authenticated route does first, written once: the network scenario, who is calling
 * (401), then, on the rate-limited /v1/apiKeys routes, the caller's own bucket (429).
 */
export function route<P extends PathParams = PathParams>(
  options: { rateLimited?: boolean },
  handle: (context: CallerContext<P>) => Response | Promise<Response>,
): Resolver<P> {
  return async ({ request, params }) => {
    const offline = await network();
    if (offline) return offline;
    const caller = await identify(request);
    if (caller instanceof Response) return caller;
    const limited = options.rateLimited ? rateLimit(request, caller) : undefined;
    return limited ?? handle({ request, params, caller });
  };
}

/**
 * The JSON body of a request, or the 400 that names the body: an empty body or one that is not
 * JSON is the body's fault, not a field's. With `optional`, an empty body reads as `{}`.
 */
export async function readJson(request: Request, { optional = false } = {}): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) {
    if (optional) return {};
    return invalid('The request body is empty; send a JSON object', { body: 'Send a JSON object' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return invalid('The request body is not valid JSON', { body: 'Send valid JSON' });
  }
}

/** Whether a value is a plain JSON object (not an array, a string, a number or null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An opaque `continue` token for paged lists: the offset, wrapped so that clients pass it back
 * rather than compute it. Anything we did not issue reads as null.
 */
export function continueToken(offset: number): string {
  return btoa(JSON.stringify({ o: offset })).replace(/=+$/, '');
}

export function readContinue(token: string | null): number | null {
  if (!token) return 0;
  try {
    const parsed: unknown = JSON.parse(atob(token));
    const offset = isObject(parsed) ? parsed.o : undefined;
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? offset : null;
  } catch {
    return null;
  }
}

/** `limit` as Palette reads it: missing or 0 means the default, which is also the maximum, 50. */
export function readLimit(raw: string | null): number | null {
  if (raw === null || raw === '') return 50;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) return null;
  return n === 0 ? 50 : Math.min(n, 50);
}
