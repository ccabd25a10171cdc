import { memo } from 'react';
import { formatDate } from '../model/format-date';
import { ExpiryCell } from './expiry-cell';
import { KeyName } from './key-name';
import { KeyOwner } from './key-owner';
import { RowActionsMenu } from './row-actions-menu';
import { SelectCheckbox } from './select-checkbox';
import { StatusChip } from './status-chip';
import type { KeyTableRowProps } from './key-table-row';

/** A card shows what a table row shows, so it takes the row's props. */
export type KeyCardProps = KeyTableRowProps;

/**
 * One key on a phone: what its table row shows, from the same pieces (name, owner, status chip,
 * expiry, the row actions menu), stacked so that the actions button sits within the screen. Plain
 * elements styled by the list (key-card-styles.ts) and memoised, like the row.
 */
export const KeyCard = memo(function KeyCard({
  row,
  showOwner,
  now,
  actions,
  onToggleSelected,
  selected = false,
  note,
  replacedBy,
  formerOwner = false,
}: KeyCardProps) {
  const { key, derived } = row;
  return (
    <li className={selected ? 'key-card selected' : 'key-card'}>
      <div className="key-card-head">
        {onToggleSelected && (
          <SelectCheckbox
            label={`Select ${key.name}`}
            checked={selected}
            onChange={() => onToggleSelected(key.uid)}
          />
        )}
        <div className="key-card-name">
          <KeyName apiKey={key} actions={actions} note={note} replacedBy={replacedBy} />
        </div>
        <RowActionsMenu apiKey={key} derived={derived} actions={actions} />
      </div>
      <dl className="key-card-fields">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusChip derived={derived} />
          </dd>
        </div>
        <div>
          <dt>Expiration Date</dt>
          <dd>
            <ExpiryCell expiresAt={key.expiresAt} now={now} />
          </dd>
        </div>
        {showOwner && (
          <div>
            <dt>User</dt>
            <dd dir="auto">
              <KeyOwner apiKey={key} former={formerOwner} />
            </dd>
          </div>
        )}
        <div>
          <dt>Created</dt>
          <dd>{key.createdAt === null ? '—' : formatDate(key.createdAt)}</dd>
        </div>
      </dl>
    </li>
  );
});
