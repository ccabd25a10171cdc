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
});
