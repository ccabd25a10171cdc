import { FormControl, InputLabel, MenuItem, Select, Stack } from '@mui/material';
import { memo, useId } from 'react';
import type { SortDirection, SortField } from '../model/table-query';
import { SORT_COLUMNS } from './sort-columns';

/** Each field's two orders, in words that say which end comes first. */
const ORDER_LABEL: Record<SortField, Record<SortDirection, string>> = {
  name: { asc: 'A to Z', desc: 'Z to A' },
  owner: { asc: 'A to Z', desc: 'Z to A' },
  status: { asc: 'Active first', desc: 'Expired first' },
  expiresAt: { asc: 'Soonest first', desc: 'Latest first' },
  createdAt: { asc: 'Oldest first', desc: 'Newest first' },
};

export interface SortBySelectProps {
  showOwner: boolean;
  sort: SortField;
  dir: SortDirection;
  onSort: (sort: SortField, dir: SortDirection) => void;
}

/**
 * "Sort by" and "Order": the phone cards' stand-in for the table's sortable headers, over the same
 * fields and the same URL state. A new field starts in the direction its header's first click sorts in.
 */
export const SortBySelect = memo(function SortBySelect({ showOwner, sort, dir, onSort }: SortBySelectProps) {
  const sortLabelId = useId();
  const orderLabelId = useId();
  const columns = SORT_COLUMNS.filter((column) => showOwner || !column.ownerOnly);
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
      <FormControl size="small" sx={{ flex: 1, minWidth: 0 }}>
        <InputLabel id={sortLabelId}>Sort by</InputLabel>
        <Select<SortField>
          labelId={sortLabelId}
          label="Sort by"
          value={sort}
          onChange={(event) => {
            const column = columns.find((c) => c.field === event.target.value);
            if (column) onSort(column.field, column.firstDir);
          }}
        >
          {columns.map((column) => (
            <MenuItem key={column.field} value={column.field}>
              {column.label}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl size="small" sx={{ flex: 1, minWidth: 0 }}>
        <InputLabel id={orderLabelId}>Order</InputLabel>
        <Select<SortDirection>
          labelId={orderLabelId}
          label="Order"
          value={dir}
          onChange={(event) => onSort(sort, event.target.value)}
        >
          {(['asc', 'desc'] as const).map((direction) => (
            <MenuItem key={direction} value={direction}>
              {ORDER_LABEL[sort][direction]}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
    </Stack>
  );
});
