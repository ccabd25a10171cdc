import { runWhenIdle } from './idle-work';
import { deriveStatus, type DerivedStatus } from './status';
import type { ApiKey } from './types';

/** A key with what the table needs derived once per fetch, so that 20,000 keys stay cheap to filter. */
export interface KeyRow {
  readonly key: ApiKey;
  readonly derived: DerivedStatus;
  /** Lower-cased name, description and owner name: what the search box matches. */
  readonly haystack: string;
  /** The letters a to z that the haystack holds, one bit each (see `letterMask`). */
  readonly letters: number;
}

/**
 * One bit for each letter a to z in `text` (already lower-cased); other characters add none. A row
 * whose letters lack one of the search text's cannot match it, and for a one-letter search the
 * letters answer alone: the first keystroke's filter tests a number per row instead of a text.
 */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const letter = text.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) mask |= 1 << letter;
  }
  return mask;
}

/** Whether `row` matches the lower-cased search text `needle`, with `needleLetters = letterMask(needle)`. */
export function matchesSearch(row: KeyRow, needle: string, needleLetters: number): boolean {
  if ((row.letters & needleLetters) !== needleLetters) return false;
  // A single letter is in the text if its bit is set; anything longer is looked for.
  return (needle.length === 1 && needleLetters !== 0) || row.haystack.includes(needle);
}

class Row implements KeyRow {
  #haystack: string | undefined;
  #letters: number | undefined;

  constructor(
    readonly key: ApiKey,
    readonly derived: DerivedStatus,
  ) {}

  // Built on first search rather than on load: lower-casing 20,000 texts is a visible part of the
  // time to the first rows, and many visits never search.
  get haystack(): string {
    this.#haystack ??=
      `${this.key.name}\n${this.key.description}\n${this.key.owner.name}`.toLocaleLowerCase();
    return this.#haystack;
  }

  get letters(): number {
    this.#letters ??= letterMask(this.haystack);
    return this.#letters;
  }
}

export function toRows(keys: readonly ApiKey[], now: number): KeyRow[] {
  return keys.map((key) => new Row(key, deriveStatus(key, now)));
}

/**
 * Builds the search texts and their letters ahead of the first search, a slice at a time while the
 * browser is idle, so that the first keystroke does not pay for them (a third of its filtering time
 * when cold).
 * On a busy machine the browser may never be idle: each slice runs within half a second anyway.
 * Returns a function that stops it.
 */
export function warmSearch(rows: readonly KeyRow[]): () => void {
  let next = 0;
  return runWhenIdle(() => {
    const end = Math.min(rows.length, next + 2000);
    for (; next < end; next++) void rows[next]!.letters;
    return next < rows.length;
  });
}
