import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { backoffMs, runRateLimited, type QueueProgress, type QueueTask } from './rate-limited-queue';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

function tasks(count: number, run: (i: number) => Promise<string>): QueueTask<string>[] {
  return Array.from({ length: count }, (_, i) => ({ id: `k${i}`, run: () => run(i) }));
}

const tooMany = (retryAfter?: number) =>
  new ApiError({ status: 429, code: 'TooManyRequests', message: 'slow down', retryAfter });

describe('runRateLimited', () => {
  it('sends a burst of 5 at once, then 10 per second', async () => {
    const startedAt: number[] = [];
    const promise = runRateLimited(
      tasks(25, async () => {
        startedAt.push(Date.now());
        return 'ok';
      }),
    );
    await vi.runAllTimersAsync();
    const results = await promise;
    expect(results.every((r) => r.ok)).toBe(true);
    expect(startedAt.filter((t) => t === 0)).toHaveLength(5);
    // 20 more calls at 10/s take about 2 s; never more than 5 in any window of 100 ms beyond the burst.
    expect(Math.max(...startedAt)).toBeGreaterThanOrEqual(1900);
    expect(Math.max(...startedAt)).toBeLessThanOrEqual(2100);
    for (let t = 0; t <= 2000; t += 1000) {
      expect(startedAt.filter((s) => s > t && s <= t + 1000).length).toBeLessThanOrEqual(10);
    }
  });

  it('waits for Retry-After after a 429, then retries the same call', async () => {
    const calls: number[] = [];
    let refused = false;
    const promise = runRateLimited(
      tasks(1, async () => {
        calls.push(Date.now());
        if (!refused) {
          refused = true;
          throw tooMany(2);
        }
        return 'ok';
      }),
    );
    await vi.runAllTimersAsync();
    const [result] = await promise;
    expect(result).toEqual({ id: 'k0', ok: true, value: 'ok' });
    expect(calls).toHaveLength(2);
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(2000);
  });

  it('backs off exponentially without Retry-After and gives up after maxRetries', async () => {
    const calls: number[] = [];
    const promise = runRateLimited(
      tasks(1, async () => {
        calls.push(Date.now());
        throw tooMany();
      }),
      { maxRetries: 3 },
    );
    await vi.runAllTimersAsync();
    const [result] = await promise;
    expect(result).toMatchObject({ id: 'k0', ok: false, cancelled: false });
    expect(calls).toHaveLength(4);
    const gaps = calls.slice(1).map((t, i) => t - calls[i]!);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
    expect(backoffMs(0, () => 0.5)).toBe(500);
    expect(backoffMs(10, () => 0.5)).toBe(8000);
  });

  it('reports a result per item and progress as it goes', async () => {
    const seen: QueueProgress[] = [];
    const promise = runRateLimited(
      tasks(4, async (i) => {
        if (i === 2) throw new ApiError({ status: 404, code: 'NotFound', message: 'API key not found' });
        return `done ${i}`;
      }),
      { onProgress: (p) => seen.push(p) },
    );
    await vi.runAllTimersAsync();
    const results = await promise;
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true]);
    expect(results[2]).toMatchObject({ id: 'k2', ok: false, error: { code: 'NotFound' } });
    expect(seen.at(-1)).toEqual({ done: 3, failed: 1, total: 4, throttled: 0 });
    expect(seen[0]).toEqual({ done: 0, failed: 0, total: 4, throttled: 0 });
  });

  it('stops sending when cancelled and marks the rest cancelled', async () => {
    const controller = new AbortController();
    let sent = 0;
    const promise = runRateLimited(
      tasks(30, async () => {
        sent += 1;
        return 'ok';
      }),
      { signal: controller.signal },
    );
    await vi.advanceTimersByTimeAsync(550);
    controller.abort();
    await vi.runAllTimersAsync();
    const results = await promise;
    expect(sent).toBeLessThan(30);
    const cancelled = results.filter((r) => !r.ok && r.cancelled);
    expect(cancelled).toHaveLength(30 - sent);
  });

  it('caps a Retry-After at 60 s, and reports when it sends again', async () => {
    const calls: number[] = [];
    const seen: QueueProgress[] = [];
    const promise = runRateLimited(
      tasks(1, async () => {
        calls.push(Date.now());
        if (calls.length === 1) throw tooMany(3600);
        return 'ok';
      }),
      { onProgress: (p) => seen.push(p) },
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(seen.at(-1)).toEqual({ done: 0, failed: 0, total: 1, throttled: 1, resumesAt: 60_000 });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toHaveLength(1);
    await vi.runAllTimersAsync();
    const [result] = await promise;
    expect(result).toEqual({ id: 'k0', ok: true, value: 'ok' });
    expect(calls[1]).toBe(60_000);
    // Once it sends again, the progress no longer says it is waiting.
    expect(seen.at(-1)).toEqual({ done: 1, failed: 0, total: 1, throttled: 1 });
    expect(seen.some((p) => p.resumesAt === undefined && p.done === 0 && p.throttled === 1)).toBe(true);
  });

  it('reports the real outcome of the calls already sent when it is cancelled', async () => {
    const controller = new AbortController();
    const sent: string[] = [];
    // Each call takes 200 ms to answer; the first 5 are sent at once, then the user cancels.
    const answers: Record<number, () => string> = {
      0: () => 'revoked',
      1: () => {
        throw new ApiError({ status: 404, code: 'ResourceNotFound', message: 'API key not found' });
      },
      2: () => {
        throw tooMany(1);
      },
      3: () => {
        throw new ApiError({ status: 403, code: 'Forbidden', message: 'Not allowed' });
      },
    };
    const promise = runRateLimited(
      tasks(8, async (i) => {
        sent.push(`k${i}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return (answers[i] ?? (() => 'revoked'))();
      }),
      { signal: controller.signal },
    );
    await vi.advanceTimersByTimeAsync(50);
    controller.abort();
    await vi.runAllTimersAsync();
    const results = await promise;
    expect(sent).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(results[0]).toEqual({ id: 'k0', ok: true, value: 'revoked' });
    expect(results[1]).toMatchObject({ ok: false, cancelled: false, error: { status: 404 } });
    // Refused with 429 and not re-sent: cancelled, with the refusal it got.
    expect(results[2]).toMatchObject({ ok: false, cancelled: true, error: { status: 429 } });
    expect(results[3]).toMatchObject({ ok: false, cancelled: false, error: { status: 403 } });
    expect(results[4]).toEqual({ id: 'k4', ok: true, value: 'revoked' });
    for (const result of results.slice(5)) {
      expect(result).toMatchObject({ ok: false, cancelled: true, error: { name: 'CancelledError' } });
    }
  });
});
