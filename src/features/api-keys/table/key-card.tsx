import { memo } from 'react';
import type { KeyRow } from '../model/key-rows';
import { formatDate } from '../model/format-date';
import { ExpiryCell } from './expiry-cell';
import { KeyName } from './key-name';
import { KeyOwner } from './key-owner';
import { RowActionsMenu, type RowActions } from './row-actions-menu';
import { SelectCheckbox } from './select-checkbox';
import { StatusChip } from './status-chip';

export interface KeyCardProps {
  row: KeyRow;
  showOwner: boolean;
  now: number;
  actions: RowActions;
  /** Given when keys can be selected (bulk actions): called with the key's uid. */
  onToggleSelected?: ((uid: string) => void) | undefined;
  selected?: boolean;
  /** Why the last bulk action failed on this key, shown under its name. */
  note?: string | undefined;
  /** The name of the key that replaced this one, while this one is kept active. */
  replacedBy?: string | undefined;
  /** The owner is no longer in the tenant: "Former user", with the uid in the tooltip. */
  formerOwner?: boolean;
}

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
