import SearchOffIcon from '@mui/icons-material/SearchOff';
import VpnKeyOutlinedIcon from '@mui/icons-material/VpnKeyOutlined';
import {
  Alert,
  Button,
  Paper,
  Table,
  TableBody,
  TableContainer,
  TablePagination,
  useMediaQuery,
} from '@mui/material';
import type { Theme } from '@mui/material/styles';
import { lazy, Suspense, useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { useSecondsLeft } from '../../../components/use-seconds-left';
import { useListRetryWait } from '../api/use-list-retry-wait';
import { ExportMenu, type ExportSource } from '../export/export-menu';
import type { TenantMember } from '../model/risk-summary';
import { PAGE_SIZES, type PageSize, type SortDirection, type SortField } from '../model/table-query';
import { KeyTableHead } from './key-table-head';
import { KeyTableRow } from './key-table-row';
import { isFormerOwner } from './key-owner';
import { KeyTableSkeleton } from './key-table-skeleton';
import { keyTableSx } from './key-table-styles';
import { KeyTableToolbar } from './key-table-toolbar';
import type { RowActions } from './row-actions-menu';
import type { KeySelection } from './use-key-selection';
import type { KeyTableView } from './use-key-table-view';
import { useTableTooltip } from './use-table-tooltip';
import { useReplacedMarks } from '../replace/use-replaced-marks';

/**
 * Whether the User column calls the owner "Former user": not in the tenant's users; while those are
 * still loading, an owner Palette sent without a name (as the sort has it), so no bare uid shows.
 */

const loadCards = () => import('./key-card-list');
const KeyCardList = lazy(() => loadCards().then((m) => ({ default: m.KeyCardList })));

/** Below MUI's `sm` (600 px) the table turns into a list of cards. */
const phone = (theme: Theme) => theme.breakpoints.down('sm');

/** On a phone the pagination wraps onto two lines instead of scrolling sideways. */
const narrowPaginationSx = {
  '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', justifyContent: 'flex-end', px: 0 },
  '& .MuiTablePagination-spacer': { display: 'none' },
} as const;

export interface KeyTableProps {
  /** The table's data and view state, from `useKeyTableView`. */
  view: KeyTableView;
  /** The load error, shown only when there is no list to show. */
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
  /** The User column (tenant page). */
  showOwner?: boolean;
  actions: RowActions;
  /** The call to action of the empty state, usually the Add button. */
  emptyAction?: ReactNode;
  /** More filters for the toolbar (the owner filter on the tenant page). */
  filters?: ReactNode;
  /** Row checkboxes for bulk actions; without it the table has none. */
  selection?: KeySelection | undefined;
  /** Between the toolbar and the table: the bulk actions bar. */
  bulkBar?: ReactNode;
  /** Export of the view's rows in the toolbar; without it the toolbar has no Export. */
  exportSource?: ExportSource | undefined;
  /** The tenant's users by uid, to name an owner who left "Former user"; undefined while unknown. */
  members?: ReadonlyMap<string, TenantMember> | undefined;
}

/**
 * The key table of both key pages: search, filters, sort and pagination (all in the URL), row
 * selection where bulk actions are allowed, and its loading, empty, no-match and error states; while
 * Palette answers the first load with 429, it says it retries by itself, and when.
 * Only the current page is rendered; the rows themselves are memoised. Below 600 px the same page
 * shows as cards (key-card-list.tsx, loaded only there), with the same row actions menu.
 */
export function KeyTable({
  view,
  error,
  onRetry,
  retrying = false,
  showOwner = false,
  actions,
  emptyAction,
  filters,
  selection,
  bulkBar,
  exportSource,
  members,
}: KeyTableProps) {
  const { query, setQuery, setSearch, clearFilters, rows, filtered, slice, now } = view;
  const expiryTooltip = useTableTooltip();
  const retryAt = useListRetryWait();
  const retryIn = useSecondsLeft(retryAt);
  const replaced = useReplacedMarks();
  // Read before the first render (noSsr): a phone never builds the table only to replace it.
  const cards = useMediaQuery(phone, { noSsr: true });
  // Fetch the cards' chunk while the list loads, rather than once the rows ask for it.
  useEffect(() => {
    if (cards) void loadCards();
  }, [cards]);
  const pageSelection = useMemo(() => {
    if (!selection) return undefined;
    const uids = slice.items.map((row) => row.key.uid);
    const count = uids.filter((uid) => selection.selected.has(uid)).length;
    return {
      checked: count > 0 && count === uids.length,
      indeterminate: count > 0 && count < uids.length,
      onChange: (checked: boolean) => selection.setMany(uids, checked),
    };
  }, [selection, slice.items]);
  const exportMenu = useMemo(
    () => exportSource && <ExportMenu rows={filtered} source={exportSource} />,
    [filtered, exportSource],
  );
  const onSort = useCallback(
    (field: SortField, direction: SortDirection) => setQuery({ sort: field, dir: direction, page: 1 }),
    [setQuery],
  );

  if (!rows && error)
    return <ErrorPanel title="Could not load API keys" error={error} onRetry={onRetry} retrying={retrying} />;
  if (!rows)
    return (
      <>
        {retryAt !== undefined && (
          <Alert severity="info" variant="outlined" role="status" sx={{ mb: 2 }}>
            {retryIn > 0 ? `Palette is busy; retrying in ${retryIn} s` : 'Palette is busy; retrying now…'}
          </Alert>
        )}
        <KeyTableSkeleton />
      </>
    );
  if (rows.length === 0)
    return (
      <EmptyState
        icon={<VpnKeyOutlinedIcon />}
        title="No API keys yet"
        text="API keys let scripts and CI jobs call Palette on a user's behalf. Each key is shown once, when it is created."
        action={emptyAction}
      />
    );

  return (
    <>
      <KeyTableToolbar
        status={query.status}
        setQuery={setQuery}
        q={query.q}
        setSearch={setSearch}
        count={filtered.length}
        filters={filters}
        actions={exportMenu}
      />
      {bulkBar}
      {filtered.length === 0 ? (
        <EmptyState
          icon={<SearchOffIcon />}
          title="No keys match your filters"
          text="Try another search, or clear the filters to see every key."
          action={
            <Button variant="outlined" onClick={clearFilters}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <Paper variant="outlined" sx={cards ? { border: 0, bgcolor: 'transparent' } : undefined}>
          {cards ? (
            <Suspense fallback={<KeyTableSkeleton />}>
              <KeyCardList
                items={slice.items}
                showOwner={showOwner}
                now={now}
                actions={actions}
                selection={selection}
                pageSelection={pageSelection}
                sort={query.sort}
                dir={query.dir}
                onSort={onSort}
                tooltipHandlers={expiryTooltip.handlers}
                replaced={replaced}
                members={members}
              />
            </Suspense>
          ) : (
            <TableContainer>
              <Table aria-label="API keys" size="small" sx={keyTableSx}>
                <KeyTableHead
                  showOwner={showOwner}
                  sort={query.sort}
                  dir={query.dir}
                  onSort={onSort}
                  pageSelection={pageSelection}
                />
                <TableBody {...expiryTooltip.handlers}>
                  {slice.items.map((row, index) => (
                    <KeyTableRow
                      // By position, not by uid: a new page, sort or filter then updates the rows in
                      // place instead of removing and building 25 to 100 of them. What a row keeps in
                      // state (its actions menu) belongs to one uid and starts afresh for another key.
                      key={index}
                      row={row}
                      showOwner={showOwner}
                      now={now}
                      actions={actions}
                      onToggleSelected={selection?.toggle}
                      selected={selection?.selected.has(row.key.uid) ?? false}
                      note={selection?.notes.get(row.key.uid)}
                      replacedBy={replaced.get(row.key.uid)}
                      formerOwner={showOwner && isFormerOwner(row.key.owner, members)}
                    />
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
          {expiryTooltip.tooltip}
          <TablePagination
            component="div"
            count={slice.total}
            page={slice.page - 1}
            rowsPerPage={query.pageSize}
            rowsPerPageOptions={[...PAGE_SIZES]}
            labelRowsPerPage="Rows per page"
            onPageChange={(_event, page) => setQuery({ page: page + 1 })}
            onRowsPerPageChange={(event) => {
              // Typed as a string, but MUI passes the option's value, a number: compare as numbers.
              const size = PAGE_SIZES.find((s) => s === Number(event.target.value));
              if (size) setQuery({ pageSize: size satisfies PageSize, page: 1 });
            }}
            sx={cards ? narrowPaginationSx : undefined}
          />
        </Paper>
      )}
    </>
  );
}
