import { Stack } from '@mui/material';
import { memo, useMemo } from 'react';
import type { KeyRow } from '../model/key-rows';
import { countRisks } from '../model/risk-summary';
import type { StatusFilter } from '../model/table-query';
import { ExpiryChart } from './expiry-chart';
import { RiskTiles } from './risk-tiles';
import type { TableQueryState } from '../table/use-table-query';

export interface TenantOverviewProps {
  rows: readonly KeyRow[];
  now: number;
  orphanedOwners: ReadonlySet<string> | undefined;
  /** The filters the tiles and bars show pressed. */
  status: StatusFilter;
  orphaned: boolean;
  week: string;
  setQuery: TableQueryState['setQuery'];
}

/**
 * Above the tenant table: the risk tiles and the expiry chart, each a way into the table's filters.
 * Memoised, so that paging or sorting the table does not draw them again.
 */
export const TenantOverview = memo(function TenantOverview({
  rows,
  now,
  orphanedOwners,
  status,
  orphaned,
  week,
  setQuery,
}: TenantOverviewProps) {
  const counts = useMemo(() => countRisks(rows, orphanedOwners), [rows, orphanedOwners]);
  return (
    <Stack spacing={2} sx={{ mb: 3 }}>
      <RiskTiles counts={counts} status={status} orphaned={orphaned} setQuery={setQuery} />
      <ExpiryChart rows={rows} now={now} selectedWeek={week} setQuery={setQuery} />
    </Stack>
  );
});
