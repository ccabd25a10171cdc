import { Skeleton, Stack } from '@mui/material';
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import type { TenantUser } from '../../../lib/users';
import type { ExportSource } from '../export/export-menu';
import { orphanedOwners } from '../model/risk-summary';
import type { ApiKey } from '../model/types';
import { KeyTable } from '../table/key-table';
import type { RowActions } from '../table/row-actions-menu';
import { useKeySelection } from '../table/use-key-selection';
import { useKeyTableView } from '../table/use-key-table-view';

const extras = () => import('./tenant-extras');
const TenantOverview = lazy(() => extras().then((m) => ({ default: m.TenantOverview })));
const OwnerFilter = lazy(() => extras().then((m) => ({ default: m.OwnerFilter })));
const BulkActions = lazy(() => extras().then((m) => ({ default: m.BulkActions })));
const WeekChip = lazy(() => extras().then((m) => ({ default: m.WeekChip })));

/**
 * Hold the places of the owner filter and the bulk bar until they show (their first render, their
 * chunk), so the table does not jump.
 */
const ownerFilterPlaceholder = <Skeleton variant="rounded" width={240} height={40} />;
const bulkBarPlaceholder = <Skeleton variant="rounded" height={54} sx={{ mb: 1 }} />;

/** Holds the overview's place while it loads, so the table does not jump. */
function OverviewPlaceholder() {
  return (
    <Stack spacing={2} sx={{ mb: 3 }} aria-hidden>
      <Skeleton variant="rounded" height={88} />
      <Skeleton variant="rounded" height={196} />
    </Stack>
  );
}

export interface TenantKeysProps {
  keys: readonly ApiKey[] | undefined;
  now: number;
  /** The tenant's users, for the owner filter and orphaned keys; undefined while loading. */
  users: readonly TenantUser[] | undefined;
  /** The users could not be loaded (the export then has no owners' emails). */
  usersFailed?: boolean;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  actions: RowActions;
  emptyAction: ReactNode;
  /** The signed-in user may revoke and delete any key: row checkboxes and the bulk bar. */
  bulk: boolean;
}

/** The tenant page's body: risk tiles and expiry chart over the key table, its owner filter and bulk actions. */
export function TenantKeys({ keys, now, users, usersFailed = false, bulk, ...table }: TenantKeysProps) {
  // Fetch the extras' chunk while the list loads, rather than once the rows ask for it.
  useEffect(() => void extras(), []);
  const orphaned = useMemo(() => orphanedOwners(keys, users), [keys, users]);
  const members = useMemo(() => users && new Map(users.map((user) => [user.uid, user])), [users]);
  const view = useKeyTableView({ keys, now, tenant: true, orphanedOwners: orphaned });
  const { query, setQuery, rows } = view;
  // The overview, the owner filter and the bulk bar first appear one render after the rows: when
  // the list arrives, the first rows are drawn and painted before them, their places held meanwhile.
  const showExtras = useDeferredValue(rows !== undefined);
  const exportSource = useMemo<ExportSource>(
    () => ({
      scope: 'tenant',
      owners: users && new Map(users.map((user) => [user.uid, user])),
      ownersFailed: usersFailed,
    }),
    [users, usersFailed],
  );
  const scope = [query.q, query.status, query.owner, query.orphaned, query.week].join('\n');
  const selection = useKeySelection(scope);
  const loading = !rows && !table.error;
  const pageUids = useMemo(() => view.slice.items.map((row) => row.key.uid), [view.slice.items]);
  const { owner, week } = query;
  const filters = useMemo(
    () =>
      rows &&
      (showExtras ? (
        <Suspense fallback={ownerFilterPlaceholder}>
          <OwnerFilter value={owner} onChange={(uid) => setQuery({ owner: uid })} users={users} rows={rows} />
          {view.week && (
            // Its own boundary: the chip's first appearance must not blank the owner filter.
            <Suspense fallback={null}>
              <WeekChip week={view.week} onRemove={() => setQuery({ week: '' })} />
            </Suspense>
          )}
        </Suspense>
      ) : (
        ownerFilterPlaceholder
      )),
    [rows, showExtras, owner, users, view.week, setQuery],
  );

  return (
    <>
      {(loading || (rows && rows.length > 0 && !showExtras)) && <OverviewPlaceholder />}
      {showExtras && rows && rows.length > 0 && (
        <Suspense fallback={<OverviewPlaceholder />}>
          <TenantOverview
            rows={rows}
            now={now}
            orphanedOwners={orphaned}
            status={query.status}
            orphaned={query.orphaned}
            week={week}
            setQuery={setQuery}
          />
        </Suspense>
      )}
      <KeyTable
        view={view}
        showOwner
        {...table}
        filters={filters}
        exportSource={exportSource}
        members={members}
        selection={bulk ? selection : undefined}
        bulkBar={
          bulk &&
          rows &&
          (showExtras ? (
            <Suspense fallback={bulkBarPlaceholder}>
              <BulkActions selection={selection} rows={rows} filtered={view.filtered} pageUids={pageUids} />
            </Suspense>
          ) : (
            bulkBarPlaceholder
          ))
        }
      />
    </>
  );
}
