import { describe, expect, it } from 'vitest';
import { formatDate, formatRelative, formatUtc } from './format-date';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 27, 12, 0, 0);
const en = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

describe('formatRelative', () => {
  it.each([
    [12 * DAY, 'in 12 days'],
    [-3 * DAY, '3 days ago'],
    [DAY, 'in 1 day'],
    [-DAY, '1 day ago'],
    [12.4 * DAY, 'in 12 days'],
    [5 * HOUR, 'in 5 hours'],
    [-20 * MINUTE, '20 minutes ago'],
    [59 * DAY, 'in 59 days'],
    [90 * DAY, 'in 3 months'],
    [-400 * DAY, '1 year ago'],
  ])('%d ms from now reads %j', (offset, text) => {
    expect(formatRelative(now + offset, now, en)).toBe(text);
  });
});

describe('formatUtc', () => {
  it('shows the exact instant in UTC, to the second', () => {
    expect(formatUtc(Date.UTC(2026, 11, 31, 23, 59, 59, 999))).toBe('2026-12-31 23:59:59 UTC');
  });
});

describe('formatDate', () => {
  it('uses the given locale and time zone', () => {
    const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'America/New_York' });
    // 02:00 UTC on Jan 1 is still Dec 31 in New York.
    expect(formatDate(Date.UTC(2027, 0, 1, 2, 0, 0), format)).toBe('Dec 31, 2026');
  });
});
