import { useCallback } from 'react';
import { DEFAULT_QUERY, parseTableQuery, writeTableQuery, type TableQuery } from '../model/table-query';
import { useUrlState, type UrlCodec, type UrlWriteOptions } from './use-url-state';

export interface TableQueryState {
  /** What the table shows: the URL's view, or a change made since that the URL has yet to catch. */
  query: TableQuery;
  /** Merges `patch`; a change of search or filters goes back to page 1. Back undoes it. */
  setQuery: (patch: Partial<TableQuery>, options?: UrlWriteOptions) => void;
  /** The search box's text: shown at once, and in the URL without a step for Back per keystroke. */
  setSearch: (text: string) => void;
  /** Drops search and filters (keeps sort and page size). */
  clearFilters: () => void;
}

const FILTER_FIELDS = ['q', 'status', 'owner', 'orphaned', 'week'] as const;

/** Every other parameter (`as`, `dataset`, the scenario's `latency` and `fail`) is left as it is. */
const TABLE_QUERY_CODEC: UrlCodec<TableQuery> = { parse: parseTableQuery, write: writeTableQuery };

function merge(previous: TableQuery, patch: Partial<TableQuery>): TableQuery {
  const changed = (Object.keys(patch) as (keyof TableQuery)[]).some(
    (field) => patch[field] !== previous[field],
  );
  if (!changed) return previous;
  const next = { ...previous, ...patch };
  const filtersChanged = FILTER_FIELDS.some((field) => field in patch && patch[field] !== previous[field]);
  if (filtersChanged && !('page' in patch)) next.page = 1;
  return next;
}

/**
 * The key table's view state (search, filters, sort, page and its size), kept in the URL query
 * through `useUrlState`: shared by a link, kept by a reload, stepped through by Back and Forward.
 */
export function useTableQuery(): TableQueryState {
  const [query, setState] = useUrlState(TABLE_QUERY_CODEC);
  const setQuery = useCallback<TableQueryState['setQuery']>(
    (patch, options) => setState((previous) => merge(previous, patch), options),
    [setState],
  );
  const setSearch = useCallback((text: string) => setQuery({ q: text }, { history: 'replace' }), [setQuery]);
  const clearFilters = useCallback(
    () =>
      setQuery({
        q: DEFAULT_QUERY.q,
        status: DEFAULT_QUERY.status,
        owner: DEFAULT_QUERY.owner,
        orphaned: DEFAULT_QUERY.orphaned,
        week: DEFAULT_QUERY.week,
      }),
    [setQuery],
  );
  return { query, setQuery, setSearch, clearFilters };
}
