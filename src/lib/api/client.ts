import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { anySignal } from './any-signal';
import { ApiError, errorFromResponse } from './errors';
import { reportReachable, reportUnreachable } from './network-status';
import type { paths } from './palette/schema';
import { redactEverywhere } from './redact';

export interface ApiClientOptions {
  /** '' for same-origin, or an absolute URL without a trailing slash. */
  baseUrl: string;
  /** The credential headers of the current session (`ApiKey` or `Authorization`). */
  getAuthHeaders?: () => Record<string, string>;
  /** Called on any 401, after the error is built, with the credential headers the refused request carried. */
  onUnauthorized?: (error: ApiError, sentAuthHeaders: Record<string, string>) => void;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** The headers that carry a credential to Palette. */
const CREDENTIAL_HEADERS = ['ApiKey', 'Authorization'] as const;

let options: ApiClientOptions = { baseUrl: '' };

/**
 * The absolute URL of `path` on the Palette API the console talks to (its own origin behind the
 * reverse proxy, or the configured base), e.g. for a "Copy as curl" command.
 */
export function apiUrl(path = '', query?: Record<string, string | number | undefined>): string {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const url = new URL(`${options.baseUrl}${path}`, options.baseUrl ? undefined : origin);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}

/** Requests sent with a candidate credential (sign-in), whose 401 says nothing about the session. */
const candidates = new WeakSet<Request>();

function sentCredential(request: Request): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const name of CREDENTIAL_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) sent[name] = value;
  }
  return sent;
}

/** Sends the session's credential, and has it redacted from anything shown or logged from now on. */
const credential: Middleware = {
  onRequest({ request, params }) {
    for (const [name, value] of Object.entries(options.getAuthHeaders?.() ?? {}))
      request.headers.set(name, value);
    for (const value of Object.values(sentCredential(request))) redactEverywhere(value);
    // A token in the path (`/v1/auth/refresh/{token}`) is a credential too.
    const token = params.path?.token;
    if (typeof token === 'string') redactEverywhere(token);
  },
};

/** Turns every answer that is not a success into an ApiError; a 401 of the session ends it. */
const failures: Middleware = {
  async onResponse({ request, response }) {
    if (response.ok) return undefined;
    const text = await response.text().catch(() => '');
    let body: unknown = text || undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (a proxy's HTML error page): errorFromResponse quotes the start of the text.
    }
    const error = errorFromResponse(response.status, body, response.headers);
    if (response.status === 401 && !candidates.has(request))
      options.onUnauthorized?.(error, sentCredential(request));
    throw error;
  },
};

/**
 * For one call, sends `headers` instead of the session's credential (`{}`: none at all). Sign-in
 * checks a candidate credential this way: a 401 is then an answer about that credential, not the
 * end of the session, and onUnauthorized is not called.
 * `palette.GET('/v1/users/info', { middleware: [candidateCredential({ ApiKey: key })] })`
 */
export function candidateCredential(headers: Record<string, string>): Middleware {
  return {
    onRequest({ request }) {
      for (const name of CREDENTIAL_HEADERS) request.headers.delete(name);
      for (const [name, value] of Object.entries(headers)) {
        request.headers.set(name, value);
        redactEverywhere(value);
      }
      candidates.add(request);
    },
  };
}

/**
 * The one fetch of the client: a deadline on every call (with the caller's signal, if any), and a
 * request that gets no answer becomes an ApiError (`NetworkError` or `Timeout`, status 0).
 */
async function transport(request: Request): Promise<Response> {
  const deadline = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let response: Response;
  try {
    // globalThis.fetch at call time, not at load: the test runner's mock replaces it.
    response = await globalThis.fetch(request, { signal: anySignal([request.signal, deadline]) });
  } catch (cause) {
    // The caller gave up (a query cancelled, a page left): not a failure of the network.
    if (request.signal.aborted) throw cause;
    const timedOut = deadline.aborted;
    if (!timedOut) reportUnreachable();
    throw new ApiError({
      status: 0,
      code: timedOut ? 'Timeout' : 'NetworkError',
      message: timedOut
        ? 'The server did not answer in time.'
        : 'Could not reach the server. Check your connection and try again.',
    });
  }
  reportReachable();
  return response;
}

function build(): Client<paths> {
  const client = createClient<paths>({
    baseUrl: apiUrl(),
    fetch: transport,
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  client.use(credential, failures);
  return client;
}

let client = build();

/** Sets the base URL and credentials for every later call; done once at boot (and by tests). */
export function configureApiClient(next: ApiClientOptions): void {
  options = next;
  client = build();
}

/**
 * A failure after the answer arrived becomes an ApiError too: a body that is not JSON (a proxy's
 * HTML page with a 200), or the deadline reached while it was read. A call its caller aborted
 * rejects as the caller's signal says, as TanStack Query expects of a cancelled query.
 */
async function settled<T>(call: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError || signal?.aborted) throw error;
    if (error instanceof DOMException && error.name === 'TimeoutError')
      throw new ApiError({ status: 0, code: 'Timeout', message: 'The server did not answer in time.' });
    if (error instanceof SyntaxError)
      throw new ApiError({
        status: 502,
        code: 'UnreadableAnswer',
        message: 'The server sent an answer the console could not read.',
      });
    throw error;
  }
}

type PaletteClient = Pick<Client<paths>, 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'>;

/**
 * The Palette API, typed from the contract (`palette/schema.d.ts`): path, method, parameters, body
 * and answer. `const { data } = await palette.GET('/v1/apiKeys/{uid}', { params: { path: { uid } } })`.
 * A call either resolves with the answer (`data`, undefined for an empty one) or throws an ApiError
 * whose message is already redacted; `error` is never set.
 */
export const palette: PaletteClient = {
  GET: (path, ...init) => settled(client.GET(path, ...init), init[0]?.signal),
  POST: (path, ...init) => settled(client.POST(path, ...init), init[0]?.signal),
  PUT: (path, ...init) => settled(client.PUT(path, ...init), init[0]?.signal),
  PATCH: (path, ...init) => settled(client.PATCH(path, ...init), init[0]?.signal),
  DELETE: (path, ...init) => settled(client.DELETE(path, ...init), init[0]?.signal),
};
