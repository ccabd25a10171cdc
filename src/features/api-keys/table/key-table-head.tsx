import { Box, TableCell, TableHead, TableRow } from '@mui/material';
import { memo } from 'react';
import type { SortDirection, SortField } from '../model/table-query';
import { SelectCheckbox } from './select-checkbox';
import { SortHeaderCells } from './sort-header-cells';
import { visuallyHidden } from '@mui/utils';

/** The header checkbox: selects or clears every row of the page shown. */
export interface PageSelection {
  checked: boolean;
  indeterminate: boolean;
  onChange: (checked: boolean) => void;
}

export interface KeyTableHeadProps {
  showOwner: boolean;
  /** Present when rows can be selected (bulk actions). */
  pageSelection?: PageSelection | undefined;
  sort: SortField;
  dir: SortDirection;
  onSort: (sort: SortField, dir: SortDirection) => void;
}

/**
 * Column headers: the page's select-all checkbox (with bulk actions), the sortable columns and the
 * actions column. Memoised, as are the sort headers (a selection change leaves them alone).
 */
export const KeyTableHead = memo(function KeyTableHead({
  showOwner,
  pageSelection,
  sort,
  dir,
  onSort,
}: KeyTableHeadProps) {
  return (
    <TableHead>
      <TableRow>
        {pageSelection && (
          <TableCell padding="checkbox" className="cell-checkbox">
            <SelectCheckbox
              label="Select all keys on this page"
              checked={pageSelection.checked}
              indeterminate={pageSelection.indeterminate}
              onChange={pageSelection.onChange}
            />
          </TableCell>
        )}
        <SortHeaderCells showOwner={showOwner} sort={sort} dir={dir} onSort={onSort} />
        {/* Positioned: its visually hidden label is placed within it, not off the page's right edge. */}
        <TableCell align="right" sx={{ position: 'relative' }}>
          <Box component="span" sx={visuallyHidden}>
            Actions
          </Box>
        </TableCell>
      </TableRow>
    </TableHead>
  );
});
