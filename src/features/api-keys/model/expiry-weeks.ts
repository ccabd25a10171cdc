import type { KeyRow } from './key-rows';
import { addDays, formatCivilDate, parseCivilDate, type CivilDate } from './local-calendar';

/**
 * Calendar weeks for the expiry chart and the `week` filter. Weeks run Monday to Sunday in the
 * user's time zone, so "the week of 30 Nov" means the same days to the user as their calendar does,
 * whatever the offset, DST change or year end in between. Only `Intl` is used: no date library.
 */
export interface ExpiryWeek {
  /** The Monday the week starts on, as a calendar date: `2026-11-30`. Used in the URL. */
  key: string;
  /** First instant of that Monday in the time zone. */
  start: number;
  /** First instant of the next Monday. */
  end: number;
}

export const CHART_WEEKS = 12;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The user's time zone (the browser's). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The calendar date of an instant in a time zone. */
export function civilDate(ms: number, timeZone: string): CivilDate {
  const date: CivilDate = { year: 0, month: 0, day: 0 };
  for (const part of dateFormat(timeZone).formatToParts(ms)) {
    if (part.type === 'year') date.year = Number(part.value);
    else if (part.type === 'month') date.month = Number(part.value);
    else if (part.type === 'day') date.day = Number(part.value);
  }
  return date;
}

const ordinal = ({ year, month, day }: CivilDate) => year * 10_000 + month * 100 + day;

/**
 * The first instant of a calendar day in a time zone. Usually its midnight, but where a DST change
 * skips midnight the day starts later: so this searches (to the minute) for the instant the date
 * turns over rather than assuming an offset. The search window covers every UTC offset (−12 to +14).
 */
export function startOfDay(date: CivilDate, timeZone: string): number {
  const target = ordinal(date);
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  let before = Math.floor((utcMidnight - 15 * HOUR) / MINUTE);
  let after = Math.ceil((utcMidnight + 15 * HOUR) / MINUTE);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (ordinal(civilDate(middle * MINUTE, timeZone)) >= target) after = middle;
    else before = middle;
  }
  return after * MINUTE;
}

function mondayOf(date: CivilDate): CivilDate {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

function weekStartingOn(monday: CivilDate, timeZone: string): ExpiryWeek {
  return {
    key: formatCivilDate(monday),
    start: startOfDay(monday, timeZone),
    end: startOfDay(addDays(monday, 7), timeZone),
  };
}

/** The current week (the one holding `now`) and the ones after it: `count` weeks in all. */
export function upcomingWeeks(now: number, timeZone: string, count = CHART_WEEKS): ExpiryWeek[] {
  const monday = mondayOf(civilDate(now, timeZone));
  return Array.from({ length: count }, (_, i) => weekStartingOn(addDays(monday, 7 * i), timeZone));
}

/** The week holding the date `key` (`2026-11-30`); null for anything that is not a real date. */
export function weekOf(key: string, timeZone: string): ExpiryWeek | null {
  const date = parseCivilDate(key);
  return date && weekStartingOn(mondayOf(date), timeZone);
}

/** Whether a key expires within `week` and has not expired yet: what a bar counts and its filter shows. */
export function expiresWithin(row: KeyRow, week: Pick<ExpiryWeek, 'start' | 'end'>): boolean {
  const at = row.key.expiresAt;
  return at !== null && at >= week.start && at < week.end && row.derived.status !== 'expired';
}

/** How many keys expire in each week (not counting keys already expired). */
export function countByWeek(rows: readonly KeyRow[], weeks: readonly ExpiryWeek[]): number[] {
  const counts = weeks.map(() => 0);
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return counts;
  for (const row of rows) {
    const at = row.key.expiresAt;
    if (at === null || at < first.start || at >= last.end || row.derived.status === 'expired') continue;
    const index = weeks.findIndex((week) => at < week.end);
    counts[index]! += 1;
  }
  return counts;
}
