import { isApiError, type ApiError } from './errors';

/**
 * A `Retry-After` longer than this is not waited out in full: a server (or a proxy) that asks for an
 * hour would otherwise leave a spinner up for an hour. Palette's own limit refills in about a second.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Retries of a query refused with 429 before its error is shown. */
export const RATE_LIMIT_RETRIES = 5;

export function isRateLimited(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 429;
}

/** The wait a 429 asks for, capped; undefined when it did not say (or it is not a 429). */
export function retryAfterMs(error: unknown): number | undefined {
  if (!isRateLimited(error) || error.retryAfter === undefined) return undefined;
  return Math.min(error.retryAfter * 1000, MAX_RETRY_AFTER_MS);
}

/** When the retry after each failure is due, as decided: the UI counts down to it. */
const dueAt = new WeakMap<object, number>();

/**
 * The query client's `retryDelay`: a 429's `Retry-After` (capped; 1 s when it gave none), else
 * TanStack Query's own exponential backoff. Records when the retry is due, for `retryDueAt`.
 */
export function queryRetryDelay(failureCount: number, error: unknown): number {
  const ms = isRateLimited(error)
    ? (retryAfterMs(error) ?? 1000)
    : Math.min(1000 * 2 ** failureCount, 30_000);
  if (typeof error === 'object' && error !== null) dueAt.set(error, Date.now() + ms);
  return ms;
}

/** When the query that failed with `error` tries again (`Date.now()` time); undefined if unknown. */
export function retryDueAt(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? dueAt.get(error) : undefined;
}
