import { FormControl, InputLabel, MenuItem, Select, Stack, Typography } from '@mui/material';
import { memo, useId, type ReactNode } from 'react';
import { STATUS_FILTERS, type StatusFilter } from '../model/table-query';
import { SearchField } from './search-field';
import type { TableQueryState } from './use-table-query';

const STATUS_FILTER_LABEL: Record<StatusFilter, string> = {
  all: 'All',
  active: 'Active',
  expiring: 'Expiring soon',
  revoked: 'Revoked',
  expired: 'Expired',
};

interface StatusSelectProps {
  status: StatusFilter;
  setQuery: TableQueryState['setQuery'];
}

/** Apart from the toolbar so that a keystroke in the search box does not render the Select and its menu. */
const StatusSelect = memo(function StatusSelect({ status, setQuery }: StatusSelectProps) {
  const statusLabelId = useId();
  return (
    <FormControl size="small" sx={{ minWidth: 160 }}>
      <InputLabel id={statusLabelId}>Status</InputLabel>
      <Select<StatusFilter>
        labelId={statusLabelId}
        label="Status"
        value={status}
        onChange={(event) => setQuery({ status: event.target.value })}
      >
        {STATUS_FILTERS.map((filter) => (
          <MenuItem key={filter} value={filter}>
            {STATUS_FILTER_LABEL[filter]}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
});

export interface KeyTableToolbarProps {
  status: StatusFilter;
  setQuery: TableQueryState['setQuery'];
  /** The search box's text. */
  q: string;
  setSearch: TableQueryState['setSearch'];
  /** How many keys match the search and filters. */
  count: number;
  /** More filters after the status filter (the owner filter on the tenant page). */
  filters?: ReactNode;
  /** Controls at the end of the toolbar, after the count (Export). */
  actions?: ReactNode;
}

/**
 * Search and filters above the key table, and the number of keys they leave. Memoised: a change of
 * page or sort does not render the fields again.
 */
export const KeyTableToolbar = memo(function KeyTableToolbar({
  status,
  setQuery,
  q,
  setSearch,
  count,
  filters,
  actions,
}: KeyTableToolbarProps) {
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      useFlexGap
      sx={{ mb: 2, alignItems: { xs: 'stretch', sm: 'center' }, flexWrap: 'wrap' }}
    >
      <SearchField text={q} onSearch={setSearch} />
      <StatusSelect status={status} setQuery={setQuery} />
      {filters}
      <Stack
        direction="row"
        spacing={2}
        sx={{ ml: { sm: 'auto' }, alignItems: 'center', justifyContent: 'space-between' }}
      >
        <Typography role="status" aria-live="polite" color="text.secondary" variant="body2">
          {count === 1 ? '1 key' : `${count.toLocaleString()} keys`}
        </Typography>
        {actions}
      </Stack>
    </Stack>
  );
});
