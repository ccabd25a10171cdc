import { deriveStatus, type DerivedStatus, type KeyStatus } from './status';
import type { ApiKey } from './types';

/**
 * What the key table shows: search, filters, sort and page. It lives in the URL query so that a view
 * can be shared and survives a reload; parse and write keep every other parameter untouched.
 */
export const STATUS_FILTERS = ['all', 'active', 'expiring', 'revoked', 'expired'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const SORT_FIELDS = ['name', 'owner', 'status', 'expiresAt', 'createdAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface TableQuery {
  q: string;
  status: StatusFilter;
  /** Owner uid (tenant page only). */
  owner: string;
  sort: SortField;
  dir: SortDirection;
  /** 1-based. */
  page: number;
  pageSize: PageSize;
}

export const DEFAULT_QUERY: TableQuery = {
  q: '',
  status: 'all',
  owner: '',
  sort: 'createdAt',
  dir: 'desc',
  page: 1,
  pageSize: 25,
};

const PARAM = {
  q: 'q',
  status: 'status',
  owner: 'owner',
  sort: 'sort',
  dir: 'dir',
  page: 'page',
  pageSize: 'size',
};

function oneOf<T extends string | number>(values: readonly T[], raw: string | null, fallback: T): T {
  const found = values.find((v) => String(v) === raw);
  return found ?? fallback;
}

export function parseTableQuery(params: URLSearchParams): TableQuery {
  const page = Number.parseInt(params.get(PARAM.page) ?? '', 10);
  return {
    q: params.get(PARAM.q) ?? '',
    status: oneOf(STATUS_FILTERS, params.get(PARAM.status), DEFAULT_QUERY.status),
    owner: params.get(PARAM.owner) ?? '',
    sort: oneOf(SORT_FIELDS, params.get(PARAM.sort), DEFAULT_QUERY.sort),
    dir: oneOf(['asc', 'desc'] as const, params.get(PARAM.dir), DEFAULT_QUERY.dir),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: oneOf(PAGE_SIZES, params.get(PARAM.pageSize), DEFAULT_QUERY.pageSize),
  };
}

/** Writes `query` into a copy of `params`, leaving defaults out so that URLs stay short. */
export function writeTableQuery(params: URLSearchParams, query: TableQuery): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const field of Object.keys(PARAM) as (keyof TableQuery)[]) {
    const value = query[field];
    if (value === DEFAULT_QUERY[field]) next.delete(PARAM[field]);
    else next.set(PARAM[field], String(value));
  }
  return next;
}

export function isFiltered(query: TableQuery): boolean {
  return query.q.trim() !== '' || query.status !== 'all' || query.owner !== '';
}

/** A key with what the table needs precomputed, so that filtering 20,000 keys stays cheap. */
export interface KeyRow {
  key: ApiKey;
  derived: DerivedStatus;
  /** Lower-cased name, description and owner name. */
  haystack: string;
}

export function toRows(keys: readonly ApiKey[], now: number): KeyRow[] {
  return keys.map((key) => ({
    key,
    derived: deriveStatus(key, now),
    haystack: `${key.name}\n${key.description}\n${key.owner.name}`.toLocaleLowerCase(),
  }));
}

export function matchesStatus(derived: DerivedStatus, filter: StatusFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'expiring':
      return derived.expiringSoon;
    default:
      return derived.status === filter;
  }
}

export function filterRows(
  rows: readonly KeyRow[],
  query: Pick<TableQuery, 'q' | 'status' | 'owner'>,
): KeyRow[] {
  const needle = query.q.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (needle === '' || row.haystack.includes(needle)) &&
      (query.owner === '' || row.key.owner.uid === query.owner) &&
      matchesStatus(row.derived, query.status),
  );
}

const STATUS_ORDER: Record<KeyStatus, number> = { active: 0, revoked: 1, expired: 2 };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareNullableNumbers(a: number | null, b: number | null): number {
  // Keys without a date sort after dated ones in ascending order.
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function compareBy(field: SortField): (a: KeyRow, b: KeyRow) => number {
  switch (field) {
    case 'name':
      return (a, b) => collator.compare(a.key.name, b.key.name);
    case 'owner':
      return (a, b) => collator.compare(a.key.owner.name, b.key.owner.name);
    case 'status':
      return (a, b) =>
        STATUS_ORDER[a.derived.status] - STATUS_ORDER[b.derived.status] ||
        Number(b.derived.expiringSoon) - Number(a.derived.expiringSoon);
    case 'expiresAt':
      return (a, b) => compareNullableNumbers(a.key.expiresAt, b.key.expiresAt);
    case 'createdAt':
      return (a, b) => compareNullableNumbers(a.key.createdAt, b.key.createdAt);
  }
}

/** Sorts a copy; ties fall back to the name, then the uid, so the order is stable and total. */
export function sortRows(rows: readonly KeyRow[], field: SortField, dir: SortDirection): KeyRow[] {
  const primary = compareBy(field);
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * primary(a, b) || collator.compare(a.key.name, b.key.name) || (a.key.uid < b.key.uid ? -1 : 1),
  );
}

export interface PageSlice<T> {
  items: T[];
  /** The page actually shown, clamped to the last page. */
  page: number;
  pageCount: number;
  total: number;
}

export function paginate<T>(items: readonly T[], page: number, pageSize: number): PageSlice<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page: current, pageCount, total: items.length };
}
