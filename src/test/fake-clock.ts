import { vi } from 'vitest';

/**
 * Fakes the clock (timers and Date) so that the rate-limited queue's pauses after a 429 pass without a
 * real wait: the queue sleeps with setTimeout, and both it and the mock Palette's token bucket read Date.
 * Everything else (microtasks, setImmediate, MessageChannel for React) stays real.
 */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

/**
 * Lets fake time pass a step at a time until `work` settles, and returns its result: a bulk run through
 * 429 refusals ends in moments instead of the seconds its Retry-After pauses would take.
 */
export async function settleOnFakeClock<T>(
  work: Promise<T>,
  { stepMs = 250, maxMs = 120_000 } = {},
): Promise<T> {
  let settled = false;
  work.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let elapsed = 0; !settled && elapsed < maxMs; elapsed += stepMs)
    await vi.advanceTimersByTimeAsync(stepMs);
  return work;
}

/** Runs what the fake clock still holds (React Query's batched notifications among them), then lets real time run. */
export async function restoreRealClock(): Promise<void> {
  await vi.runOnlyPendingTimersAsync();
  vi.useRealTimers();
}
