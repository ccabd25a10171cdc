import { expiresWithin, type ExpiryWeek } from './expiry-weeks';
import { letterMask, matchesSearch, type KeyRow } from './key-rows';
import { SORT_FIELDS, type SortDirection, type SortField } from './sort-rows';
import type { DerivedStatus } from './status';

export { toRows, type KeyRow } from './key-rows';
export { SORT_FIELDS, sortRows, type SortDirection, type SortField } from './sort-rows';

/**
 * What the key table shows: search, filters, sort and page. It lives in the URL query so that a view
 * can be shared and survives a reload; parse and write keep every other parameter untouched.
 */
export const STATUS_FILTERS = ['all', 'active', 'expiring', 'revoked', 'expired'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface TableQuery {
  q: string;
  status: StatusFilter;
  /** Owner uid (tenant page only). */
  owner: string;
  /** Only keys whose owner is deactivated or gone (tenant page only). */
  orphaned: boolean;
  /** Only keys expiring in the week starting on this date, `2026-11-30` (tenant page only); '' for any. */
  week: string;
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
  orphaned: false,
  week: '',
  sort: 'createdAt',
  dir: 'desc',
  page: 1,
  pageSize: 25,
};

const PARAM = {
  q: 'q',
  status: 'status',
  owner: 'owner',
  orphaned: 'orphaned',
  week: 'week',
  sort: 'sort',
  dir: 'dir',
  page: 'page',
  pageSize: 'size',
};

const WEEK_PARAM = /^\d{4}-\d{2}-\d{2}$/;

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
    orphaned: params.get(PARAM.orphaned) === 'true',
    week: WEEK_PARAM.test(params.get(PARAM.week) ?? '') ? (params.get(PARAM.week) ?? '') : '',
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
  return (
    query.q.trim() !== '' ||
    query.status !== 'all' ||
    query.owner !== '' ||
    query.orphaned ||
    query.week !== ''
  );
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

/** What the filters need beyond the query: who is orphaned (once known) and the chosen week's span. */
export interface FilterContext {
  orphanedOwners?: ReadonlySet<string> | undefined;
  week?: Pick<ExpiryWeek, 'start' | 'end'> | null | undefined;
}

type FilterQuery = Pick<TableQuery, 'q' | 'status' | 'owner'> & Partial<Pick<TableQuery, 'orphaned'>>;

interface LastFilter {
  query: FilterQuery;
  context: FilterContext;
  needle: string;
  result: KeyRow[];
}

// Per list of rows: the last filter's inputs and result. Typing adds to the search text, and rows
// that miss a text miss every longer text containing it, so a keystroke filters the previous
// matches rather than the whole list (20,000 rows for the first keystroke, far fewer after).
const lastFilters = new WeakMap<readonly KeyRow[], LastFilter>();

function sameButSearch(a: LastFilter, query: FilterQuery, context: FilterContext): boolean {
  return (
    a.query.status === query.status &&
    a.query.owner === query.owner &&
    Boolean(a.query.orphaned) === Boolean(query.orphaned) &&
    a.context.orphanedOwners === context.orphanedOwners &&
    a.context.week === context.week
  );
}

/** Keeps the rows that match search and filters, in their order (so a sorted list stays sorted). */
export function filterRows(
  rows: readonly KeyRow[],
  query: FilterQuery,
  context: FilterContext = {},
): KeyRow[] {
  const needle = query.q.trim().toLocaleLowerCase();
  const letters = letterMask(needle);
  const last = lastFilters.get(rows);
  let result: KeyRow[];
  if (last && sameButSearch(last, query, context) && needle.includes(last.needle)) {
    result =
      needle === last.needle ? last.result : last.result.filter((row) => matchesSearch(row, needle, letters));
  } else {
    const { orphanedOwners, week } = context;
    const orphaned = query.orphaned ? (orphanedOwners ?? new Set<string>()) : undefined;
    result = rows.filter(
      (row) =>
        (query.owner === '' || row.key.owner.uid === query.owner) &&
        matchesStatus(row.derived, query.status) &&
        (!orphaned || orphaned.has(row.key.owner.uid)) &&
        (!week || expiresWithin(row, week)) &&
        (needle === '' || matchesSearch(row, needle, letters)),
    );
  }
  lastFilters.set(rows, { query, context, needle, result });
  return result;
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
