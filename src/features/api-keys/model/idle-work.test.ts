import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runWhenIdle } from './idle-work';

describe('runWhenIdle', () => {
  beforeEach(() => {
    // jsdom has no requestIdleCallback: the timer stand-in runs, under fake timers.
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs one step per idle moment until a step says it is done', () => {
    const step = vi.fn(() => step.mock.calls.length < 3);
    runWhenIdle(step);
    expect(step).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(step).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(step).toHaveBeenCalledTimes(3);
  });

  it('runs no further step once stopped', () => {
    const step = vi.fn(() => true);
    const stop = runWhenIdle(step);
    vi.advanceTimersByTime(100);
    expect(step).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(1000);
    expect(step).toHaveBeenCalledTimes(2);
  });
});
