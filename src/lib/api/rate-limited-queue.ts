import { isApiError } from './errors';
import { MAX_RETRY_AFTER_MS } from './retry-policy';

/**
 * Runs many API calls without tripping Palette's rate limit (about 10 requests per second, burst 5):
 * a client-side token bucket spaces the calls, a 429 pauses the whole queue for its `Retry-After`
 * (capped, or an exponential backoff) before the call is retried, and every item ends with its own
 * result. Cancelling stops sending: a call already sent still ends with the answer it gets.
 */
export interface QueueTask<T> {
  id: string;
  run: (signal: AbortSignal) => Promise<T>;
}

/**
 * `cancelled`: the queue stopped before the call got an answer it keeps. `error` is then a
 * CancelledError when it was never sent, or the 429 it got and was not re-sent after.
 */
export type QueueResult<T> =
  { id: string; ok: true; value: T } | { id: string; ok: false; error: unknown; cancelled: boolean };

export interface QueueProgress {
  done: number;
  failed: number;
  total: number;
  /** Calls refused with 429 so far (each one was retried). */
  throttled: number;
  /** While a 429 holds the queue: when it sends again, on the queue's clock (`now`). */
  resumesAt?: number;
}

export interface QueueOptions {
  ratePerSecond?: number;
  burst?: number;
  /** Retries of one call after 429 before it is reported as failed. */
  maxRetries?: number;
  /** The longest pause a `Retry-After` gets (60 s unless told). */
  maxWaitMs?: number;
  signal?: AbortSignal;
  onProgress?: (progress: QueueProgress) => void;
  /** For tests: the clock and the timer. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export class CancelledError extends Error {
  override readonly name = 'CancelledError';
  constructor() {
    super('Cancelled before it was sent');
  }
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Exponential backoff with a little jitter when the server gives no Retry-After: 0.5 s, 1 s, 2 s... */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.min(8000, 500 * 2 ** attempt) * (0.8 + 0.4 * random());
}

export async function runRateLimited<T>(
  tasks: readonly QueueTask<T>[],
  options: QueueOptions = {},
): Promise<QueueResult<T>[]> {
  const {
    ratePerSecond = 10,
    burst = 5,
    maxRetries = 6,
    maxWaitMs = MAX_RETRY_AFTER_MS,
    signal,
    onProgress,
    now = () => Date.now(),
    sleep = defaultSleep,
  } = options;
  const interval = 1000 / ratePerSecond;
  let tokens = burst;
  let refilledAt = now();
  /** No call starts before this time: set by a 429 for everyone. */
  let pausedUntil = 0;
  const progress: QueueProgress = { done: 0, failed: 0, total: tasks.length, throttled: 0 };
  const results: QueueResult<T>[] = new Array(tasks.length);
  let next = 0;

  /** Whether the last report said the queue was paused: the next one after the pause says it is not. */
  let reportedPause = false;
  const report = () => {
    reportedPause = now() < pausedUntil;
    onProgress?.(reportedPause ? { ...progress, resumesAt: pausedUntil } : { ...progress });
  };

  async function takeToken(): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new CancelledError();
      const t = now();
      if (t < pausedUntil) {
        await sleep(Math.ceil(pausedUntil - t), signal);
        if (reportedPause && now() >= pausedUntil) report();
        continue;
      }
      tokens = Math.min(burst, tokens + (t - refilledAt) / interval);
      refilledAt = t;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      // Whole milliseconds: a fraction would wake too early and spin.
      await sleep(Math.max(1, Math.ceil((1 - tokens) * interval)), signal);
    }
  }

  async function runOne(index: number): Promise<void> {
    const task = tasks[index]!;
    /** The 429 this call last got: if the queue is cancelled before re-sending it, that is its outcome. */
    let refusal: unknown = undefined;
    const cancelled = () => {
      results[index] = { id: task.id, ok: false, error: refusal ?? new CancelledError(), cancelled: true };
      progress.failed += 1;
    };
    for (let attempt = 0; ; attempt++) {
      try {
        await takeToken();
        // Cancelled while this call waited for its turn: it is not sent.
        if (signal?.aborted) throw new CancelledError();
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error;
        cancelled();
        break;
      }
      try {
        const value = await task.run(signal ?? new AbortController().signal);
        results[index] = { id: task.id, ok: true, value };
        progress.done += 1;
        break;
      } catch (error) {
        // Sent: whatever came back is its outcome, cancelled meanwhile or not; only a retry is not sent.
        if (isApiError(error) && error.status === 429 && attempt < maxRetries) {
          progress.throttled += 1;
          refusal = error;
          if (signal?.aborted) {
            cancelled();
            break;
          }
          const asked = error.retryAfter !== undefined ? error.retryAfter * 1000 : backoffMs(attempt);
          pausedUntil = Math.max(pausedUntil, now() + Math.min(asked, maxWaitMs));
          // The server says the bucket is empty: start again from an empty one.
          tokens = 0;
          refilledAt = now();
          report();
          continue;
        }
        results[index] = { id: task.id, ok: false, error, cancelled: false };
        progress.failed += 1;
        break;
      }
    }
    report();
  }

  // `burst` workers pull from the shared list; the bucket, not the worker count, sets the pace.
  const workers = Array.from({ length: Math.min(burst, tasks.length) }, async () => {
    while (next < tasks.length) await runOne(next++);
  });
  report();
  await Promise.all(workers);
  return results;
}
