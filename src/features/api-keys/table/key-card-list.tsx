import { Box } from '@mui/material';
import type { KeyRow } from '../model/key-rows';
import type { SortDirection, SortField } from '../model/table-query';
import type { TenantMember } from '../model/risk-summary';
import { KeyCard } from './key-card';
import { isFormerOwner } from './key-owner';
import { keyCardSx } from './key-card-styles';
import type { PageSelection } from './key-table-head';
import { keyTableSx } from './key-table-styles';
import type { RowActions } from './row-actions-menu';
import { SelectCheckbox } from './select-checkbox';
import { SortBySelect } from './sort-by-select';
import type { KeySelection } from './use-key-selection';
import type { TableTooltip } from './use-table-tooltip';

export interface KeyCardListProps {
  /** The keys of the current page only. */
  items: readonly KeyRow[];
  showOwner: boolean;
  now: number;
  actions: RowActions;
  selection?: KeySelection | undefined;
  /** Present when keys can be selected: the page's select-all checkbox. */
  pageSelection?: PageSelection | undefined;
  sort: SortField;
  dir: SortDirection;
  onSort: (sort: SortField, dir: SortDirection) => void;
  /** The table's one expiry tooltip: its handlers go on the list. */
  tooltipHandlers: TableTooltip['handlers'];
  /** The replaced keys kept active: uid → the name of the key that replaced it. */
  replaced: ReadonlyMap<string, string>;
  /** The tenant's users by uid, to name an owner who left "Former user"; undefined while unknown. */
  members?: ReadonlyMap<string, TenantMember> | undefined;
}

/**
 * The key table below 600 px: one card per key of the current page, with "Sort by" in place of the
 * sortable headers and the page's select-all checkbox above the cards. Loaded on demand by the table
 * (a desktop never downloads it); only the page shown is rendered, as for the rows.
 */
export function KeyCardList({
  items,
  showOwner,
  now,
  actions,
  selection,
  pageSelection,
  sort,
  dir,
  onSort,
  tooltipHandlers,
  replaced,
  members,
}: KeyCardListProps) {
  return (
    <Box sx={[keyTableSx, keyCardSx]}>
      <SortBySelect showOwner={showOwner} sort={sort} dir={dir} onSort={onSort} />
      {pageSelection && (
        // The label wraps its control, SelectCheckbox's native checkbox, so its text is clickable too.
        // eslint-disable-next-line jsx-a11y/label-has-associated-control
        <label className="key-cards-select-page">
          <SelectCheckbox
            label="Select all keys on this page"
            checked={pageSelection.checked}
            indeterminate={pageSelection.indeterminate}
            onChange={pageSelection.onChange}
          />
          <span aria-hidden="true">Select all keys on this page</span>
        </label>
      )}
      <Box component="ul" className="key-cards" aria-label="API keys" {...tooltipHandlers}>
        {items.map((row, index) => (
          <KeyCard
            // By position, as the table's rows (key-table.tsx): a new page updates the cards in place.
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
      </Box>
    </Box>
  );
}
