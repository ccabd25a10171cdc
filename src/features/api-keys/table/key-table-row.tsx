import { memo } from 'react';
import type { KeyRow } from '../model/key-rows';
import { ExpiryCell } from './expiry-cell';
import { formatDate } from '../model/format-date';
import { RowActionsMenu, type RowActions } from './row-actions-menu';
import { SelectCheckbox } from './select-checkbox';
import { StatusChip } from './status-chip';
import { KeyName } from './key-name';
import { KeyOwner } from './key-owner';

export interface KeyTableRowProps {
  row: KeyRow;
  showOwner: boolean;
  now: number;
  actions: RowActions;
  /** Given when rows can be selected (bulk actions): called with the key's uid. */
  onToggleSelected?: ((uid: string) => void) | undefined;
  selected?: boolean;
  /** Why the last bulk action failed on this key, shown under its name. */
  note?: string | undefined;
  /** The name of the key that replaced this one, while this one is kept active. */
  replacedBy?: string | undefined;
  /** The owner is no longer in the tenant: "Former user", with the uid in the table's tooltip. */
  formerOwner?: boolean;
}

/**
 * One key. Its name (key-name.tsx) wraps anywhere so a long token cannot widen the table. Plain
 * elements styled by the table (key-table-styles.ts), and memoised: every change of page, sort or
 * filter renders a page of rows, so each row is kept cheap.
 */
export const KeyTableRow = memo(function KeyTableRow({
  row,
  showOwner,
  now,
  actions,
  onToggleSelected,
  selected = false,
  note,
  replacedBy,
  formerOwner = false,
}: KeyTableRowProps) {
  const { key, derived } = row;
  return (
    <tr className={selected ? 'selected' : undefined}>
      {onToggleSelected && (
        <td className="cell-checkbox">
          <SelectCheckbox
            label={`Select ${key.name}`}
            checked={selected}
            onChange={() => onToggleSelected(key.uid)}
          />
        </td>
      )}
      {/* The name heads the row, so a screen reader announces it when moving along the row's cells. */}
      <th scope="row" className="cell-name">
        <KeyName apiKey={key} actions={actions} note={note} replacedBy={replacedBy} />
      </th>
      {showOwner && (
        <td className="cell-owner" dir="auto">
          <KeyOwner apiKey={key} former={formerOwner} />
        </td>
      )}
      <td>
        <StatusChip derived={derived} />
      </td>
      <td>
        <ExpiryCell expiresAt={key.expiresAt} now={now} />
      </td>
      <td className="nowrap">{key.createdAt === null ? '—' : formatDate(key.createdAt)}</td>
      <td className="cell-actions">
        <RowActionsMenu apiKey={key} derived={derived} actions={actions} />
      </td>
    </tr>
  );
});
