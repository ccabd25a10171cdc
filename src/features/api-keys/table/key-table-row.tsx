import { memo, type MouseEvent } from 'react';
import type { KeyRow } from '../model/key-rows';
import { ExpiryCell } from './expiry-cell';
import { formatDate } from '../model/format-date';
import { FORMER_USER } from '../model/owner-state';
import { RowActionsMenu, type RowActions } from './row-actions-menu';
import { SelectCheckbox } from './select-checkbox';
import { StatusChip } from './status-chip';
import { PlainIcon } from './plain-icon';
import { ReplacedNote } from '../replace/replaced-note';

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

/** Follows the link in the app unless the user asked for a new tab or window (modifier, middle click). */
function openInApp(event: MouseEvent<HTMLAnchorElement>, open: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open();
}

/**
 * One key. Names and descriptions come from users: they are rendered as text (React escapes them),
 * with `dir="auto"` for right-to-left scripts and wrapping anywhere so a long token cannot widen
 * the table. Plain elements styled by the table (key-table-styles.ts), and memoised: every change
 * of page, sort or filter renders a page of rows, so each row is kept cheap.
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
  const href = actions.detailsHref?.(key);
  const { onView } = actions;
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
        {href && onView ? (
          // A plain anchor, not a router Link: a Link reads the location, and would draw every row
          // again on each change of the table's URL state.
          <a
            className="key-name"
            dir="auto"
            href={href}
            onClick={(event) => openInApp(event, () => onView(key))}
          >
            {key.name}
          </a>
        ) : (
          <span className="key-name" dir="auto">
            {key.name}
          </span>
        )}
        {key.description && (
          <span className="key-description" dir="auto">
            {key.description}
          </span>
        )}
        {replacedBy && <ReplacedNote successorName={replacedBy} />}
        {note && (
          <span className="key-note">
            <PlainIcon kind="error" />
            {note}
          </span>
        )}
      </th>
      {showOwner && (
        <td className="cell-owner" dir="auto">
          {formerOwner ? (
            // Focusable so that keyboard users reach the uid in the tooltip too.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <span className="former-owner" tabIndex={0} data-tooltip={`User ${key.owner.uid}`}>
              {FORMER_USER}
            </span>
          ) : (
            key.owner.name
          )}
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
