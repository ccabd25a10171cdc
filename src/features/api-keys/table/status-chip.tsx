import { STATUS_LABEL, type DerivedStatus } from '../model/status';
import { PlainIcon } from './plain-icon';

/**
 * A key's status as icon and text, so that it never rests on colour alone; "Expiring soon" beside
 * an active key that expires within 7 days. Plain elements styled by the table (see
 * key-table-styles.ts): an outlined chip look without a Chip component per row.
 * Colour marks only the border and the icon; the text stays in the body colour for contrast.
 */
export function StatusChip({ derived }: { derived: DerivedStatus }) {
  return (
    <span className="status-chips">
      <span className={`status-chip status-${derived.status}`}>
        <PlainIcon kind={derived.status} />
        {STATUS_LABEL[derived.status]}
      </span>
      {derived.expiringSoon && (
        <span className="status-chip status-warning">
          <PlainIcon kind="warning" />
          Expiring soon
        </span>
      )}
    </span>
  );
}
