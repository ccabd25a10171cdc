import { describe, expect, it } from 'vitest';
import { toRows, type KeyRow } from './key-rows';
import { sortRows, type SortDirection, type SortField } from './sort-rows';
import { DAY_MS } from './status';
import type { ApiKey } from './types';

const now = Date.UTC(2026, 10, 27);
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const STATUS = { active: 0, revoked: 1, expired: 2 };

/** The straightforward comparator the typed-array sort must agree with. */
function reference(rows: readonly KeyRow[], field: SortField, dir: SortDirection): KeyRow[] {
  const nullable = (a: number | null, b: number | null) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;
  const primary = (a: KeyRow, b: KeyRow): number => {
    switch (field) {
      case 'name':
        return collator.compare(a.key.name, b.key.name);
      case 'owner':
        return collator.compare(a.key.owner.name, b.key.owner.name);
      case 'status':
        return (
          STATUS[a.derived.status] - STATUS[b.derived.status] ||
          Number(b.derived.expiringSoon) - Number(a.derived.expiringSoon)
        );
      case 'expiresAt':
        return nullable(a.key.expiresAt, b.key.expiresAt);
      case 'createdAt':
        return nullable(a.key.createdAt, b.key.createdAt);
    }
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * primary(a, b) || collator.compare(a.key.name, b.key.name) || (a.key.uid < b.key.uid ? -1 : 1),
  );
}

/** A few hundred keys with many ties, mixed case, accents, digits and missing dates. */
function sample(): ApiKey[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 16807) % 2147483647;
    return seed % n;
  };
  const names = ['ci', 'CI', 'Ci-2', 'ci-10', 'éclair', 'Eclair', 'zeta', 'alpha 9', 'alpha 10', 'Ünïcode'];
  const owners = ['Ava Admin', 'ava admin', 'Émile', 'Zoë', 'Bob 2', 'Bob 10'];
  return Array.from({ length: 400 }, (_, i) => ({
    uid: `k${String(next(100_000)).padStart(6, '0')}-${i}`,
    name: names[next(names.length)]!,
    description: '',
    owner: { uid: `u${i % 6}`, name: owners[next(owners.length)]! },
    expiresAt: next(10) === 0 ? null : now + (next(60) - 20) * DAY_MS,
    createdAt: next(10) === 0 ? null : now - next(30) * DAY_MS,
    isActive: next(5) !== 0,
  }));
}

describe('sortRows', () => {
  const rows = toRows(sample(), now);
  const fields: SortField[] = ['name', 'owner', 'status', 'expiresAt', 'createdAt'];

  for (const field of fields)
    for (const dir of ['asc', 'desc'] as const)
      it(`orders by ${field} ${dir} exactly as the collator-based comparator does`, () => {
        expect(sortRows(rows, field, dir).map((r) => r.key.uid)).toEqual(
          reference(rows, field, dir).map((r) => r.key.uid),
        );
      });

  it('breaks ties on a date by name the same way when no name ranking exists yet', () => {
    for (const field of ['createdAt', 'expiresAt'] as const) {
      const fresh = toRows(sample(), now);
      expect(sortRows(fresh, field, 'desc').map((r) => r.key.uid)).toEqual(
        reference(fresh, field, 'desc').map((r) => r.key.uid),
      );
    }
  });

  // How long this takes is a figure of the bench ("Sort of 20,000 rows", bench/node-figures.ts), not a
  // stopwatch here: a loaded machine would fail it for no fault of the code.
  it('sorts 20,000 keys by owner and by creation as the comparator does', () => {
    const base = sample();
    const many = toRows(
      Array.from({ length: 20_000 }, (_, i) => ({ ...base[i % base.length]!, uid: `x${i}` })),
      now,
    );
    sortRows(many, 'name', 'asc');
    for (const field of ['owner', 'createdAt'] as const)
      expect(sortRows(many, field, 'desc').map((r) => r.key.uid)).toEqual(
        reference(many, field, 'desc').map((r) => r.key.uid),
      );
    // Room for the reference comparator on a loaded machine: a timeout, not a measure.
  }, 30_000);
});
