import type { ApiClientOptions } from '../api/client';
import { candidateCredential, palette } from '../api/client';

/**
 * How the console authenticates to a real Palette: an API key (`ApiKey` header) or a session token
 * from `/v1/auth/authenticate` (`Authorization` header, no `Bearer` prefix), which lapses and is refreshed.
 */
export type Credentials =
  | { kind: 'apiKey'; apiKey: string }
  | { kind: 'token'; token: string; /** ms since the epoch */ expiresAt: number };

export interface CredentialState {
  credentials: Credentials | null;
  /** Why the tab has none: signed out on purpose, or the last one stopped working (a 401); null before any. */
  ended: 'signed-out' | 'expired' | null;
  /** What the credential that stopped working was (an API key is told apart: it does not lapse by itself). */
  expiredKind?: Credentials['kind'];
  /** Signed out, but Palette did not confirm that the session token stopped working. */
  revokeUnconfirmed?: boolean;
}

/** Palette's tokens last about 15 minutes; used when a token does not say how long it lasts. */
export const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Refresh this long before a token lapses (less for very short-lived tokens, see refreshDelay). */
const REFRESH_MARGIN_MS = 60_000;
/** After a failed refresh (no answer), try again this soon while the token still holds. */
const REFRESH_RETRY_MS = 5_000;
/**
 * The floor: two refresh calls are never closer than this, whatever the token or the clock says. A
 * token that looks lapsed on arrival (a clock ahead of Palette's) would otherwise be refreshed again
 * at once, and its successor too, in a loop.
 */
export const MIN_REFRESH_GAP_MS = 5_000;

/** sessionStorage only: one tab, gone when the tab closes. Never localStorage. */
const STORAGE_KEY = 'palette-console:credentials';

let state: CredentialState = { credentials: null, ended: null };
let persist = false;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
/** The refresh under way, if any, and the token it trades: one at a time. */
let refreshing: { token: string; done: Promise<void> } | undefined;
/** When the last refresh call went out (local clock), for the floor. */
let lastRefreshAt = Number.NEGATIVE_INFINITY;
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function save(): void {
  const store = storage();
  if (!store) return;
  try {
    if (persist && state.credentials) store.setItem(STORAGE_KEY, JSON.stringify(state.credentials));
    else store.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable or full: the credential stays in memory, only reload-survival is lost.
  }
}

function update(next: CredentialState): void {
  state = next;
  save();
  scheduleRefresh();
  for (const listener of listeners) listener();
}

function jwtClaims(token: string): { exp?: unknown; iat?: unknown } {
  try {
    const payload = token.split('.')[1];
    if (!payload) return {};
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof claims === 'object' && claims !== null ? claims : {};
  } catch {
    return {};
  }
}

const seconds = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/**
 * When a token that arrives `now` lapses, on this browser's clock, which may be minutes off
 * Palette's. So the JWT's lifetime (`exp - iat`, Palette's tokens carry both) counts from the
 * token's arrival; `exp` alone is read as is unless it looks lapsed already (a clock ahead), and a
 * token that says nothing lasts Palette's documented 15 minutes. Never trusted for anything but
 * scheduling the refresh.
 */
export function tokenExpiry(token: string, now = Date.now()): number {
  const claims = jwtClaims(token);
  const exp = seconds(claims.exp);
  const iat = seconds(claims.iat);
  if (exp !== undefined && iat !== undefined && exp > iat) return now + (exp - iat) * 1000;
  if (exp !== undefined && exp * 1000 > now) return exp * 1000;
  return now + TOKEN_LIFETIME_MS;
}

/** The credential of this tab, if signed in. */
export function currentCredentials(): Credentials | null {
  return state.credentials;
}

export function credentialState(): CredentialState {
  return state;
}

export function subscribeCredentials(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The headers that carry `credentials` to Palette. */
export function headersFor(credentials: Credentials | null): Record<string, string> {
  if (!credentials) return {};
  return credentials.kind === 'apiKey'
    ? { ApiKey: credentials.apiKey }
    : { Authorization: credentials.token };
}

/** Signs the tab in; `persist` keeps the credential in sessionStorage so a reload of this tab stays signed in. */
export function setCredentials(credentials: Credentials, options: { persist: boolean }): void {
  persist = options.persist;
  update({ credentials, ended: null });
}

/** Forgets the credential because it no longer works (a 401): the console asks to sign in again. */
export function forgetCredentials(): void {
  const kind = state.credentials?.kind;
  update({ credentials: null, ended: 'expired', ...(kind ? { expiredKind: kind } : {}) });
}

/**
 * Forgets `refused`, the credential a refused who-am-I was sent with, unless the tab has another
 * one by now (signed in afresh while the request was under way).
 */
export function forgetRefusedCredentials(refused: Credentials | null): void {
  if (refused !== null && state.credentials === refused) forgetCredentials();
}

/** Sign out: forgets the credential, in memory and in the tab's storage. */
export function signOut(options: { revokeUnconfirmed?: boolean } = {}): void {
  update({
    credentials: null,
    ended: 'signed-out',
    ...(options.revokeUnconfirmed ? { revokeUnconfirmed: true } : {}),
  });
}

/**
 * Sign out that ends the session on Palette too: a session token is revoked
 * (`POST /v1/users/auth/tokens/revoke`) before it is forgotten, so that a copy of it stops working.
 * An API key is the user's own credential, not a session: it is only forgotten here. A revoke that
 * fails (no answer, an error) still signs out this tab, and the sign-in page says so.
 */
export async function signOutOfPalette(): Promise<void> {
  const credentials = state.credentials;
  if (credentials?.kind !== 'token') return signOut();
  try {
    await palette.POST('/v1/users/auth/tokens/revoke', {
      body: { tokens: [credentials.token] },
      // Sent as a candidate: a 401 here (the token lapsed already) is no reason to ask to sign in again.
      middleware: [candidateCredential(headersFor(credentials))],
    });
    signOut();
  } catch {
    signOut({ revokeUnconfirmed: true });
  }
}

/** Restores a credential kept for this tab by "Keep me signed in", dropping a lapsed token. */
export function restoreCredentials(now = Date.now()): void {
  const raw = (() => {
    try {
      return storage()?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  })();
  if (!raw) return;
  let stored: Credentials | null = null;
  try {
    const value = JSON.parse(raw) as Partial<Credentials> & Record<string, unknown>;
    if (value.kind === 'apiKey' && typeof value.apiKey === 'string' && value.apiKey)
      stored = { kind: 'apiKey', apiKey: value.apiKey };
    else if (value.kind === 'token' && typeof value.token === 'string' && typeof value.expiresAt === 'number')
      stored =
        value.expiresAt > now ? { kind: 'token', token: value.token, expiresAt: value.expiresAt } : null;
  } catch {
    stored = null;
  }
  persist = stored !== null;
  update({ credentials: stored, ended: null });
}

/** How long to wait before refreshing a token that lapses at `expiresAt`. */
export function refreshDelay(expiresAt: number, now = Date.now()): number {
  const remaining = expiresAt - now;
  // A third of the remaining time for short-lived tokens (tests), a minute for Palette's 15-minute ones.
  return Math.max(0, remaining - Math.min(REFRESH_MARGIN_MS, remaining / 3));
}

/** Arms the one refresh timer: `delay` from now, but never sooner than the floor after the last call. */
function armRefresh(token: string, delay: number): void {
  clearTimeout(refreshTimer);
  // At most the gap itself: a clock set back since the last call must not hold the refresh off.
  const floor = Math.min(MIN_REFRESH_GAP_MS, lastRefreshAt + MIN_REFRESH_GAP_MS - Date.now());
  refreshTimer = setTimeout(() => void refreshToken(token), Math.max(delay, floor, 0));
}

function scheduleRefresh(): void {
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  const credentials = state.credentials;
  if (credentials?.kind !== 'token') return;
  armRefresh(credentials.token, refreshDelay(credentials.expiresAt));
}

/**
 * Trades the token for a new one (`GET /v1/auth/refresh/{token}`), one refresh at a time: a call
 * while one is under way for the same token joins it. A 401 ends the session through the client's
 * onUnauthorized; no answer at all retries shortly, for as long as the token holds.
 */
export function refreshToken(token: string): Promise<void> {
  if (refreshing?.token === token) return refreshing.done;
  const done = exchange(token).finally(() => {
    if (refreshing?.done === done) refreshing = undefined;
  });
  refreshing = { token, done };
  return done;
}

async function exchange(token: string): Promise<void> {
  lastRefreshAt = Date.now();
  try {
    const { data: answer } = await palette.GET('/v1/auth/refresh/{token}', {
      // No cookie: the console's session is the header it sends, which Sign out can forget.
      params: { path: { token }, query: { setCookie: false } },
    });
    const next = answer?.Authorization;
    const current = state.credentials;
    // Signed out, or signed in afresh, while the refresh was under way: its answer is of no use.
    if (current?.kind !== 'token' || current.token !== token) return;
    if (!next) throw new Error('The refresh answer has no token');
    update({ credentials: { kind: 'token', token: next, expiresAt: tokenExpiry(next) }, ended: null });
  } catch {
    const current = state.credentials;
    if (current?.kind !== 'token' || current.token !== token) return;
    const remaining = current.expiresAt - Date.now();
    if (remaining <= 0) return; // The next request gets the 401 that sends the user to sign in.
    armRefresh(token, Math.min(REFRESH_RETRY_MS, remaining / 2));
  }
}

function sameCredential(sent: Record<string, string>): boolean {
  const current = headersFor(state.credentials);
  const keys = Object.keys(current);
  return keys.length > 0 && keys.every((k) => sent[k] === current[k]);
}

/**
 * The API client's hooks for a real Palette: send the tab's credential, and forget it on a 401 (the
 * sign-in guard then sends the user to sign in and back). A 401 for a credential that has since been
 * replaced (a request sent before signing in again) changes nothing.
 */
export function paletteAuth(): Pick<ApiClientOptions, 'getAuthHeaders' | 'onUnauthorized'> {
  return {
    getAuthHeaders: () => headersFor(state.credentials),
    onUnauthorized: (_error, sent) => {
      if (sameCredential(sent)) forgetCredentials();
    },
  };
}
