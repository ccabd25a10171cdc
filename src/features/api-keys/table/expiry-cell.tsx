import { formatDate, formatRelative, formatUtc } from '../model/format-date';

export interface ExpiryCellProps {
  /** Milliseconds since the epoch; null for a key that never expires. */
  expiresAt: number | null;
  /** The reference instant for "in 12 days"; the table passes one value so every row agrees. */
  now: number;
}

/**
 * The expiry in the user's locale and its distance from now. The exact UTC instant is in a tooltip
 * for anyone comparing with server logs: the table shows one shared tooltip for every
 * `[data-tooltip]` element (see use-table-tooltip.tsx) instead of a Tooltip per row. The date is
 * focusable so that keyboard users reach the tooltip too.
 */
export function ExpiryCell({ expiresAt, now }: ExpiryCellProps) {
  if (expiresAt === null) return <>Never</>;
  return (
    <time
      className="expiry"
      dateTime={new Date(expiresAt).toISOString()}
      // A <time> is not interactive, but its tooltip must be reachable without a mouse.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      data-tooltip={formatUtc(expiresAt)}
    >
      <span className="expiry-date">{formatDate(expiresAt)}</span>
      <span className="expiry-relative">{formatRelative(expiresAt, now)}</span>
    </time>
  );
}
