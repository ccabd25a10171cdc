import { ApiError, errorFromResponse } from './errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface ApiClientOptions {
  /** '' for same-origin, or an absolute URL without a trailing slash. */
  baseUrl: string;
  /** The credential headers of the current session (`ApiKey` or `Authorization`). */
  getAuthHeaders?: () => Record<string, string>;
  /** Called on any 401, after the error is built. */
  onUnauthorized?: (error: ApiError) => void;
  timeoutMs?: number;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal | undefined;
  query?: Record<string, string | number | undefined>;
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
  const headers: Record<string, string> = { Accept: 'application/json', ...options.getAuthHeaders?.() };
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
    throw new ApiError({
      status: 0,
      code: timedOut ? 'Timeout' : 'NetworkError',
      message: timedOut
        ? 'The server did not answer in time.'
        : 'Could not reach the server. Check your connection and try again.',
    });
  }

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
    if (response.status === 401) options.onUnauthorized?.(error);
    throw error;
  }
  return body as T;
}
