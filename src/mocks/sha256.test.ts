import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each(['', 'abc', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'plt_ÄÖÜ🚀'.repeat(20)])(
    'agrees with node:crypto for %j',
    async (text) => {
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    },
  );
});
