import { runWhenIdle } from './idle-work';
import type { KeyRow } from './key-rows';
import { FORMER_USER } from './owner-state';
import type { KeyStatus } from './status';

export const SORT_FIELDS = ['name', 'owner', 'status', 'expiresAt', 'createdAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

const STATUS_ORDER: Record<KeyStatus, number> = { active: 0, revoked: 1, expired: 2 };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

type Text = (row: KeyRow) => string;
const nameOf: Text = (row) => row.key.name;
// An owner Palette sent without a name (the mapping's name is then the uid) is one who left the
// tenant: the User column calls them "Former user", and they sort under that, not under a uid.
const ownerOf: Text = ({ key: { owner } }) =>
  owner.uid && owner.name === owner.uid ? FORMER_USER : owner.name;

interface SortCache {
  ranks: Map<Text, Uint32Array>;
  primary: Map<SortField, Float64Array | Uint32Array>;
  ascending: Map<SortField, Uint32Array>;
}

// Per list of rows (the table keeps one for as long as the fetched list lives): the collation ranks
// of names and owners, each field's sort values, and each field's ascending order. Collation is the
// slow part of sorting (about 90 ms for 20,000 distinct names), so it runs once per text field; an
// ascending order is computed once per field, and the descending one derived from it in one pass.
const caches = new WeakMap<readonly KeyRow[], SortCache>();

function cacheOf(rows: readonly KeyRow[]): SortCache {
  let cache = caches.get(rows);
  if (!cache) {
    cache = { ranks: new Map(), primary: new Map(), ascending: new Map() };
    caches.set(rows, cache);
  }
  return cache;
}

/**
 * The position of each row's text in collation order; texts the collator calls equal ("Build" and
 * "build") share a rank. Only distinct texts are collated: a tenant repeats names ("ci-prod") a lot.
 */
function ranks(rows: readonly KeyRow[], text: Text): Uint32Array {
  const cache = cacheOf(rows);
  const cached = cache.ranks.get(text);
  if (cached) return cached;
  const distinct = [...new Set(rows.map(text))].sort(collator.compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((value, i) => {
    if (i > 0 && collator.compare(distinct[i - 1]!, value) !== 0) rank += 1;
    rankOf.set(value, rank);
  });
  const result = Uint32Array.from(rows, (row) => rankOf.get(text(row))!);
  cache.ranks.set(text, result);
  return result;
}

/** The primary sort value of each row as a number; a missing date is +Infinity (last when ascending). */
function primaryValues(rows: readonly KeyRow[], field: SortField): Float64Array | Uint32Array {
  const cache = cacheOf(rows);
  let values = cache.primary.get(field);
  if (values) return values;
  switch (field) {
    case 'name':
      values = ranks(rows, nameOf);
      break;
    case 'owner':
      values = ranks(rows, ownerOf);
      break;
    case 'status':
      // Active first, and among active keys the ones expiring soon first.
      values = Float64Array.from(
        rows,
        (row) => STATUS_ORDER[row.derived.status] * 2 + (row.derived.expiringSoon ? 0 : 1),
      );
      break;
    case 'expiresAt':
      values = Float64Array.from(rows, (row) => row.key.expiresAt ?? Infinity);
      break;
    case 'createdAt':
      values = Float64Array.from(rows, (row) => row.key.createdAt ?? Infinity);
      break;
  }
  cache.primary.set(field, values);
  return values;
}

const compareNumbers = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);

/** Row indexes by the field ascending, then name, then uid: an index sort over typed arrays. */
function ascendingOrder(rows: readonly KeyRow[], field: SortField): Uint32Array {
  const cache = cacheOf(rows);
  const cached = cache.ascending.get(field);
  if (cached) return cached;
  const primary = primaryValues(rows, field);
  // Ties on a date are rare: collate their names directly rather than rank every name first (which
  // costs up to 90 ms on the first load), unless the ranks are there already. Status and owner tie
  // all the time: those rank the names.
  const dated = field === 'createdAt' || field === 'expiresAt';
  const names = dated ? cache.ranks.get(nameOf) : ranks(rows, nameOf);
  const byName = names
    ? (a: number, b: number) => names[a]! - names[b]!
    : (a: number, b: number) => collator.compare(rows[a]!.key.name, rows[b]!.key.name);
  const order = Uint32Array.from(rows, (_row, i) => i);
  order.sort((a, b) => {
    const byField = compareNumbers(primary[a]!, primary[b]!);
    if (byField !== 0) return byField;
    const names = byName(a, b);
    if (names !== 0) return names;
    const ua = rows[a]!.key.uid;
    const ub = rows[b]!.key.uid;
    return ua === ub ? 0 : ua < ub ? -1 : 1;
  });
  cache.ascending.set(field, order);
  return order;
}

/**
 * The descending order from the ascending one: the runs of equal values swap places, each run
 * keeping its inner order, since ties still go by name and uid ascending.
 */
function descendingOrder(ascending: Uint32Array, primary: Float64Array | Uint32Array): Uint32Array {
  const result = new Uint32Array(ascending.length);
  let written = 0;
  let end = ascending.length;
  while (end > 0) {
    let start = end - 1;
    const value = primary[ascending[start]!];
    while (start > 0 && primary[ascending[start - 1]!] === value) start -= 1;
    for (let i = start; i < end; i++) result[written++] = ascending[i]!;
    end = start;
  }
  return result;
}

/**
 * Sorts a copy; ties fall back to the name, then the uid (both ascending), so the order is stable
 * and total. Each field is sorted once per list of rows; later sorts by it take one pass.
 */
export function sortRows(rows: readonly KeyRow[], field: SortField, dir: SortDirection): KeyRow[] {
  const ascending = ascendingOrder(rows, field);
  const order = dir === 'asc' ? ascending : descendingOrder(ascending, primaryValues(rows, field));
  return Array.from(order, (i) => rows[i]!);
}

/**
 * Sorts by every field ahead of the first click, one field per idle moment, so that a click on a
 * column header only reads a ready order. Returns a function that stops it.
 */
export function warmSorts(rows: readonly KeyRow[]): () => void {
  const fields = [...SORT_FIELDS];
  return runWhenIdle(() => {
    const field = fields.shift();
    if (field !== undefined) ascendingOrder(rows, field);
    return fields.length > 0;
  });
}
