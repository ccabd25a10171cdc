import { describe, expect, it } from 'vitest';
import { BULK_PACE } from './bulk-pace';
import { duration, paceInWords } from './bulk-wording';

describe('bulk wording', () => {
  it('names the pace the queue runs at', () => {
    expect(paceInWords()).toBe(
      `${BULK_PACE.ratePerSecond.toLocaleString()} changes a second, just under Palette's limit`,
    );
  });

  it.each([
    [1, 'a moment'],
    // The burst goes at once; the rest at the steady rate.
    [BULK_PACE.burst + Math.ceil(2 * BULK_PACE.ratePerSecond), 'about 2 seconds'],
    [200, `about ${Math.round((200 - BULK_PACE.burst) / BULK_PACE.ratePerSecond)} seconds`],
    [2000, `about ${Math.round((2000 - BULK_PACE.burst) / BULK_PACE.ratePerSecond / 60)} minutes`],
  ])('%i calls take %s', (calls, words) => {
    expect(duration(calls)).toBe(words);
  });

  it('counts 200 keys at 9.5 a second after a burst of 4 as about 21 seconds', () => {
    expect(BULK_PACE).toEqual({ ratePerSecond: 9.5, burst: 4 });
    expect(duration(200)).toBe('about 21 seconds');
  });
});
