import { ApiError, errorFromResponse } from './errors';
import { reportReachable, reportUnreachable } from './network-status';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface ApiClientOptions {
  /** '' for same-origin, or an absolute URL without a trailing slash. */
  baseUrl: string;
  /** The credential headers of the current session (`ApiKey` or `Authorization`). */
  getAuthHeaders?: () => Record<string, string>;
  /** Called on any 401, after the error is built, with the credential headers the refused request carried. */
  onUnauthorized?: (error: ApiError, sentAuthHeaders: Record<string, string>) => void;
  timeoutMs?: number;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal | undefined;
  query?: Record<string, string | number | undefined>;
  /**
   * Credential headers for this call instead of the session's (sign-in checks a candidate credential).
   * A 401 is then an answer about that credential, not the end of the session: onUnauthorized is not called.
   */
  auth?: Record<string, string>;
}

let options: ApiClientOptions = { baseUrl: '' };

/** Sets the base URL and credentials for every later call; done once at boot (and by sign-in). */
export function configureApiClient(next: ApiClientOptions): void {
  options = next;
}

export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const url = new URL(`${options.baseUrl}${path}`, options.baseUrl ? undefined : origin);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}

/**
 * Calls the Palette API and returns the parsed JSON body (undefined for an empty answer).
 * Every failure becomes an ApiError with a redacted message.
 */
export async function apiRequest<T>(method: HttpMethod, path: string, init: RequestOptions = {}): Promise<T> {
  const authHeaders = init.auth ?? options.getAuthHeaders?.() ?? {};
  const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, init.query), {
      method,
      headers,
      body: init.body === undefined ? null : JSON.stringify(init.body),
      signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    const timedOut = timeout.aborted;
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
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (!response.ok) {
    const error = errorFromResponse(response.status, body, response.headers);
    if (response.status === 401 && !init.auth) options.onUnauthorized?.(error, authHeaders);
    throw error;
  }
  return body as T;
}
