import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_QUERY, parseTableQuery, writeTableQuery, type TableQuery } from '../model/table-query';

export interface SetTableQueryOptions {
  /**
   * Replace the history entry instead of pushing one: for search typing, so that Back does not
   * step through every keystroke.
   */
  replace?: boolean;
}

export interface TableQueryState {
  query: TableQuery;
  /** Merges `patch` into the URL; a change of search or filters goes back to page 1. */
  setQuery: (patch: Partial<TableQuery>, options?: SetTableQueryOptions) => void;
  /** Drops search and filters (keeps sort and page size). */
  clearFilters: () => void;
}

const FILTER_FIELDS = ['q', 'status', 'owner', 'orphaned', 'week'] as const;

/** What the table shows ahead of the URL: the router applies a navigation later, in a transition. */
interface Ahead {
  query: TableQuery;
  /** The query strings written and not applied yet, oldest first. */
  pending: string[];
}

/**
 * The key table's view state, kept in the URL query so that a view can be shared and survives a
 * reload. Other parameters (`as`, `dataset`, scenario settings) are left untouched.
 *
 * A change shows at once: the table renders the new state in the same pass as the click, and the
 * URL follows (React Router applies it in a transition, a render later). Until it has, the state
 * written is shown; a URL change that is not one of ours (Back, a link) wins.
 */
export function useTableQuery(): TableQueryState {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const urlQuery = useMemo(() => parseTableQuery(params), [params]);
  const [ahead, setAhead] = useState<Ahead | null>(null);
  const [seen, setSeen] = useState(search);
  let current = ahead;
  if (search !== seen) {
    setSeen(search);
    if (ahead) {
      const applied = ahead.pending.indexOf(search);
      const rest = applied >= 0 ? ahead.pending.slice(applied + 1) : [];
      current = rest.length > 0 ? { ...ahead, pending: rest } : null;
      setAhead(current);
    }
  }
  const query = current?.query ?? urlQuery;

  // React Router gives a new setter with every URL change; the table's memoised parts need a stable
  // one, so they are not drawn again on every change of page or sort. `latest` is what the next
  // change builds on: the URL, or what was written ahead of it.
  const latestSetParams = useRef(setParams);
  const latest = useRef({ params, query });
  useLayoutEffect(() => {
    latestSetParams.current = setParams;
    if (!current) latest.current = { params, query };
  });

  const setQuery = useCallback((patch: Partial<TableQuery>, options: SetTableQueryOptions = {}) => {
    const { params: base, query: previous } = latest.current;
    const next = { ...previous, ...patch };
    const filtersChanged = FILTER_FIELDS.some((field) => field in patch && patch[field] !== previous[field]);
    if (filtersChanged && !('page' in patch)) next.page = 1;
    const nextParams = writeTableQuery(base, next);
    const written = nextParams.toString();
    if (written === base.toString()) return;
    latest.current = { params: nextParams, query: next };
    setAhead((before) => ({ query: next, pending: [...(before?.pending ?? []), written] }));
    latestSetParams.current(nextParams, { replace: options.replace ?? false });
  }, []);

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

  return { query, setQuery, clearFilters };
}
