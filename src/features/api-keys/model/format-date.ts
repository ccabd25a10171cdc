/**
 * Dates as the key table shows them: in the user's locale and time zone, with the exact UTC time
 * for a tooltip. Formatters are built once; constructing Intl objects per cell is slow.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
// 'always', not 'auto': "tomorrow" or "last year" name calendar days and years, but the distance is
// counted in whole 24-hour days, so "in 1 day" is the honest wording.
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'always' });

/** "Dec 31, 2026" in the user's locale and time zone. */
export function formatDate(ms: number, format: Intl.DateTimeFormat = dateFormat): string {
  return format.format(ms);
}

/** "2026-12-31 23:59:59 UTC": the exact instant, unambiguous across time zones. */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * "in 12 days", "3 days ago", "in 5 hours": the distance from `now`, in the largest unit that keeps
 * it readable. Days run up to about two months, because expiries are chosen in days (7 to 90).
 */
export function formatRelative(
  ms: number,
  now: number,
  format: Intl.RelativeTimeFormat = relativeFormat,
): string {
  const diff = ms - now;
  const abs = Math.abs(diff);
  if (abs < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return format.format(Math.round(diff / HOUR), 'hour');
  if (abs < 60 * DAY) return format.format(Math.round(diff / DAY), 'day');
  if (abs < 365 * DAY) return format.format(Math.round(diff / (30 * DAY)), 'month');
  return format.format(Math.round(diff / (365 * DAY)), 'year');
}
