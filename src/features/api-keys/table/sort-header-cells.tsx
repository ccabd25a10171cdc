import { TableCell, TableSortLabel } from '@mui/material';
import { memo } from 'react';
import type { SortDirection, SortField } from '../model/table-query';
import { SORT_COLUMNS } from './sort-columns';

export interface SortHeaderCellsProps {
  showOwner: boolean;
  sort: SortField;
  dir: SortDirection;
  onSort: (sort: SortField, dir: SortDirection) => void;
}

/** The sortable column headers; each is a button, and the sorted column carries aria-sort. */
export const SortHeaderCells = memo(function SortHeaderCells({
  showOwner,
  sort,
  dir,
  onSort,
}: SortHeaderCellsProps) {
  return (
    <>
      {SORT_COLUMNS.filter((column) => showOwner || !column.ownerOnly).map((column) => {
        const active = column.field === sort;
        return (
          <TableCell key={column.field} sortDirection={active ? dir : false} sx={{ whiteSpace: 'nowrap' }}>
            <TableSortLabel
              active={active}
              direction={active ? dir : column.firstDir}
              onClick={() =>
                onSort(column.field, active ? (dir === 'asc' ? 'desc' : 'asc') : column.firstDir)
              }
            >
              {column.label}
            </TableSortLabel>
          </TableCell>
        );
      })}
    </>
  );
});
