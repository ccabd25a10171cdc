import { runWhenIdle } from './idle-work';
import { deriveStatus, type DerivedStatus } from './status';
import type { ApiKey } from './types';

/** A key with what the table needs derived once per fetch, so that 20,000 keys stay cheap to filter. */
export interface KeyRow {
  readonly key: ApiKey;
  readonly derived: DerivedStatus;
  /** Lower-cased name, description and owner name: what the search box matches. */
  readonly haystack: string;
}

class Row implements KeyRow {
  #haystack: string | undefined;

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
}

export function toRows(keys: readonly ApiKey[], now: number): KeyRow[] {
  return keys.map((key) => new Row(key, deriveStatus(key, now)));
}

/**
 * Builds the search texts ahead of the first search, a slice at a time while the browser is idle,
 * so that the first keystroke does not pay for them (a third of its filtering time when cold).
 * On a busy machine the browser may never be idle: each slice runs within half a second anyway.
 * Returns a function that stops it.
 */
export function warmSearch(rows: readonly KeyRow[]): () => void {
  let next = 0;
  return runWhenIdle(() => {
    const end = Math.min(rows.length, next + 2000);
    for (; next < end; next++) void rows[next]!.haystack;
    return next < rows.length;
  });
}
