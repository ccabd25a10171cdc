import { useEffect, useMemo } from 'react';
import { localTimeZone, weekOf, type ExpiryWeek } from '../model/expiry-weeks';
import { toRows, warmSearch, type KeyRow } from '../model/key-rows';
import { sortRows, warmSorts } from '../model/sort-rows';
import { filterRows, paginate, type PageSlice } from '../model/table-query';
import type { ApiKey } from '../model/types';
import { useTableQuery, type TableQueryState } from './use-table-query';

export interface KeyTableViewOptions {
  /** Every key the page shows, before search and filters; undefined while loading. */
  keys: readonly ApiKey[] | undefined;
  /**
   * The instant statuses and "in 12 days" are computed against. Pass the list's `dataUpdatedAt`:
   * it changes with the data, so rows are derived once per fetch and not on every render.
   */
  now: number;
  /** The tenant page's filters (owner, orphaned, week); other pages ignore them in the URL. */
  tenant?: boolean;
  /** Owners whose keys are orphaned; undefined until the tenant's users are known. */
  orphanedOwners?: ReadonlySet<string> | undefined;
}

export interface KeyTableView extends TableQueryState {
  /** Every key as a table row, in list order; undefined while loading (or waiting for the owners). */
  rows: KeyRow[] | undefined;
  /** The rows that match search and filters, sorted. */
  filtered: KeyRow[];
  slice: PageSlice<KeyRow>;
  now: number;
  /** The week the `week` filter names, in the user's time zone. */
  week: ExpiryWeek | null;
}

const NO_ROWS: KeyRow[] = [];

/**
 * The key table's data pipeline over the full list (Palette does not page): rows derived once per
 * fetch, sorted once per sort change (before filtering, so typing never re-sorts), filtered, sliced.
 * Each stage is memoised. A keystroke filters in the same pass as it shows in the search box: the
 * filter is one pass over prepared texts, cheaper than rendering twice (text, then rows).
 */
export function useKeyTableView({
  keys,
  now,
  tenant = false,
  orphanedOwners,
}: KeyTableViewOptions): KeyTableView {
  const table = useTableQuery();
  const { query } = table;
  const { q, status, sort, dir } = query;
  const owner = tenant ? query.owner : '';
  const orphaned = tenant && query.orphaned;
  const weekKey = tenant ? query.week : '';

  const rows = useMemo(() => (keys ? toRows(keys, now) : undefined), [keys, now]);
  // Ahead of the first click or keystroke, while the browser is idle: every sort order, every search text.
  useEffect(() => {
    if (!rows) return undefined;
    const stopSorts = warmSorts(rows);
    const stopSearch = warmSearch(rows);
    return () => {
      stopSorts();
      stopSearch();
    };
  }, [rows]);
  const sorted = useMemo(() => (rows ? sortRows(rows, sort, dir) : NO_ROWS), [rows, sort, dir]);
  const week = useMemo(() => (weekKey ? weekOf(weekKey, localTimeZone()) : null), [weekKey]);
  const filtered = useMemo(
    () => filterRows(sorted, { q, status, owner, orphaned }, { orphanedOwners, week }),
    [sorted, q, status, owner, orphaned, orphanedOwners, week],
  );
  // A page past the end (a stale link, fewer matches) shows the last page.
  const slice = useMemo(
    () => paginate(filtered, query.page, query.pageSize),
    [filtered, query.page, query.pageSize],
  );

  const waiting = orphaned && orphanedOwners === undefined;
  return { ...table, rows: waiting ? undefined : rows, filtered, slice, now, week };
}
