/**
 * Calendar dates, as the user's calendar shows them: for the key form's expiry (a date picked in
 * the user's time zone) and the expiry chart's weeks. Arithmetic on dates is done on the date
 * alone, never in 24-hour steps, which drift across daylight-saving changes. Only `Date` and
 * `Intl`: no date library.
 */
export interface CivilDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-30`: the form of `<input type="date">` values and of the `week` URL parameter. */
export function formatCivilDate({ year, month, day }: CivilDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads `2026-11-30`; null for anything that is not a real date (Feb 30, month 13, years before
 * 100, which `Date` would read as 19xx).
 */
export function parseCivilDate(text: string): CivilDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = addDays(date, 0);
  if (check.year !== date.year || check.month !== date.month || check.day !== date.day) return null;
  return date;
}

/** Adds whole calendar days, free of time zones (a UTC date is only a calculator here). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The number of days of a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date of an instant in the runtime's (the user's) time zone. */
export function localCivilDate(ms: number): CivilDate {
  const d = new Date(ms);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The local calendar date of an instant, as an `<input type="date">` value. */
export function toLocalDate(ms: number): string {
  return formatCivilDate(localCivilDate(ms));
}

/**
 * The last millisecond of a local calendar day, or null for anything that is not a real date.
 * Built with the local-time Date constructor, so daylight-saving days (23 or 25 hours) and the
 * time zone are the runtime's business, not ours.
 */
export function endOfLocalDay(text: string): number | null {
  const date = parseCivilDate(text);
  if (!date) return null;
  return new Date(date.year, date.month - 1, date.day, 23, 59, 59, 999).getTime();
}

/** The local calendar date `days` after the one holding the instant `ms`. */
export function addLocalDays(ms: number, days: number): string {
  return formatCivilDate(addDays(localCivilDate(ms), days));
}
