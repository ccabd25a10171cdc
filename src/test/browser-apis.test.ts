import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * APIs missing from the oldest supported browsers (vite.config.ts: Chrome and Edge 120, Firefox
 * 115, Safari 17), with the first versions that have them. Calling one throws there, so the code
 * that ships (the console and the mock, which runs in the browser too) must not use them.
 */
const TOO_NEW: [RegExp, string][] = [
  [/\bAbortSignal\.any\b/, 'Firefox 124, Safari 17.4: use anySignal (lib/api/any-signal.ts)'],
  [/\bPromise\.withResolvers\b/, 'Firefox 121, Safari 17.4'],
  [/\bPromise\.try\b/, 'Chrome 128, Firefox 134, Safari 18.2'],
  [/\b(?:Object|Map)\.groupBy\b/, 'Chrome 117, Firefox 119, Safari 17.4'],
  [/\bArray\.fromAsync\b/, 'Chrome 121'],
  [/\bURL\.parse\b/, 'Chrome 126, Firefox 126, Safari 18'],
  [/\bRegExp\.escape\b/, 'Chrome 136, Firefox 134, Safari 18.2'],
  [/\bIterator\.from\b/, 'Firefox 131, Safari 18.4'],
  [/\bIntl\.(?:Segmenter|DurationFormat)\b/, 'Firefox 125 (Segmenter), Chrome 129 (DurationFormat)'],
  [
    /\.(?:union|intersection|difference|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/,
    'Set methods: Chrome 122, Firefox 127',
  ],
  [/\.(?:isWellFormed|toWellFormed)\(/, 'Firefox 119'],
  [/\.checkVisibility\(/, 'Safari 17.4'],
  [/\.(?:showPopover|hidePopover|togglePopover)\(/, 'Firefox 125'],
  [/\bSymbol\.(?:dispose|asyncDispose)\b|\busing\s+\w+\s*=/, 'explicit resource management'],
];

const SRC = join(__dirname, '..');

function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' && dir === SRC ? [] : shippedSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

describe('the code that ships', () => {
  it('is really looked at', () => {
    const files = shippedSources(SRC).map((f) => relative(SRC, f));
    expect(files).toContain('lib/api/client.ts');
    expect(files).toContain('mocks/handlers/api-keys.ts');
    expect(files.some((f) => f.startsWith('test/'))).toBe(false);
  });

  it('uses no API that the oldest supported browsers lack', () => {
    const found: string[] = [];
    for (const file of shippedSources(SRC)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        // Comments may name an API to say why it is not used.
        if (/^\s*(?:\/\/|\/?\*)/.test(line)) return;
        for (const [pattern, since] of TOO_NEW)
          if (pattern.test(line)) found.push(`${relative(SRC, file)}:${i + 1}: ${line.trim()} (${since})`);
      });
    }
    expect(found).toEqual([]);
  });

  it('would be caught using one', () => {
    const caught = (code: string) => TOO_NEW.some(([pattern]) => pattern.test(code));
    expect(caught('const s = AbortSignal.any([a, b]);')).toBe(true);
    expect(caught('const { promise } = Promise.withResolvers();')).toBe(true);
    expect(caught('Object.groupBy(keys, (k) => k.owner)')).toBe(true);
    expect(caught('const s = anySignal([a, b]);')).toBe(false);
    expect(caught('rows.toSorted(byName)')).toBe(false);
  });
});
