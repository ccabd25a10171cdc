import { describe, expect, it } from 'vitest';
import { toRows } from './key-rows';
import { DAY_MS } from './status';
import { civilDate, countByWeek, startOfDay, upcomingWeeks, weekOf } from './expiry-weeks';
import type { ApiKey } from './types';

const HOUR = 3_600_000;

/** The wall-clock time of an instant in a zone, `2026-12-28 00:00`, to state expectations plainly. */
function wallClock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

function key(uid: string, expiresAt: number, over: Partial<ApiKey> = {}): ApiKey {
  return {
    uid,
    name: uid,
    description: '',
    owner: { uid: 'u1', name: 'Ava Admin' },
    expiresAt,
    createdAt: null,
    isActive: true,
    ...over,
  };
}

describe('upcomingWeeks', () => {
  it.each([
    // The same instant is Wednesday 30 Dec in Los Angeles but Thursday 31 Dec in Auckland: both
    // are in the week of Monday 28 Dec, and that week runs into 2027 in both zones.
    ['America/Los_Angeles', Date.UTC(2026, 11, 31, 6), '2026-12-28'],
    ['Pacific/Auckland', Date.UTC(2026, 11, 31, 6), '2026-12-28'],
    // Sunday evening 3 Jan in Los Angeles is already Monday 4 Jan in UTC and in Kiritimati (+14).
    ['America/Los_Angeles', Date.UTC(2027, 0, 4, 3), '2026-12-28'],
    ['UTC', Date.UTC(2027, 0, 4, 3), '2027-01-04'],
    ['Pacific/Kiritimati', Date.UTC(2027, 0, 3, 11), '2027-01-04'],
    // 10:00 UTC on Monday 4 Jan is still Sunday 3 Jan in Pago Pago (−11).
    ['Pacific/Pago_Pago', Date.UTC(2027, 0, 4, 10), '2026-12-28'],
    ['Asia/Kolkata', Date.UTC(2026, 11, 27, 19), '2026-12-28'],
  ])('starts in %s at the Monday of the week holding the instant', (timeZone, now, monday) => {
    const [first] = upcomingWeeks(now, timeZone);
    expect(first?.key).toBe(monday);
    expect(wallClock(first!.start, timeZone)).toBe(`${monday} 00:00`);
    expect(first!.start).toBeLessThanOrEqual(now);
    expect(first!.end).toBeGreaterThan(now);
  });

  it('gives 12 consecutive weeks across the year end, each starting at local midnight on a Monday', () => {
    for (const timeZone of ['Europe/Berlin', 'Pacific/Auckland', 'America/New_York', 'Asia/Kathmandu']) {
      const weeks = upcomingWeeks(Date.UTC(2026, 11, 1), timeZone);
      expect(weeks).toHaveLength(12);
      expect(weeks.map((w) => w.key).slice(4, 7)).toEqual(['2026-12-28', '2027-01-04', '2027-01-11']);
      weeks.forEach((week, i) => {
        expect(wallClock(week.start, timeZone)).toBe(`${week.key} 00:00`);
        if (i > 0) expect(week.start).toBe(weeks[i - 1]!.end);
      });
    }
  });

  it('makes a week 7 × 24 hours long except across a DST change', () => {
    // Berlin springs forward on Sunday 29 March 2026 and falls back on Sunday 25 October 2026.
    const spring = weekOf('2026-03-23', 'Europe/Berlin')!;
    expect(spring.end - spring.start).toBe(7 * DAY_MS - HOUR);
    const autumn = weekOf('2026-10-19', 'Europe/Berlin')!;
    expect(autumn.end - autumn.start).toBe(7 * DAY_MS + HOUR);
    expect(weekOf('2026-06-01', 'Europe/Berlin')!.end - weekOf('2026-06-01', 'Europe/Berlin')!.start).toBe(
      7 * DAY_MS,
    );
  });

  it('starts a day where its midnight does not exist at the first instant it does', () => {
    // Santiago (Chile) springs forward at midnight: 6 Sep 2026 begins at 01:00.
    const start = startOfDay({ year: 2026, month: 9, day: 6 }, 'America/Santiago');
    expect(wallClock(start, 'America/Santiago')).toBe('2026-09-06 01:00');
    expect(civilDate(start - 1, 'America/Santiago')).toEqual({ year: 2026, month: 9, day: 5 });
  });
});

describe('weekOf', () => {
  it('reads the URL value and snaps it to its Monday', () => {
    expect(weekOf('2026-12-31', 'UTC')).toEqual(weekOf('2026-12-28', 'UTC'));
    expect(weekOf('2026-12-28', 'UTC')).toEqual({
      key: '2026-12-28',
      start: Date.UTC(2026, 11, 28),
      end: Date.UTC(2027, 0, 4),
    });
  });

  it('refuses what is not a date', () => {
    for (const bad of ['', 'next-week', '2026-02-30', '2026-13-01', '26-12-28'])
      expect(weekOf(bad, 'UTC')).toBeNull();
  });
});

describe('countByWeek', () => {
  const timeZone = 'Pacific/Auckland';
  // Wednesday 30 Dec 2026, 10:00 in Auckland.
  const now = Date.UTC(2026, 11, 29, 21);
  const weeks = upcomingWeeks(now, timeZone);

  it('buckets by the local calendar, across the year end', () => {
    const local = (iso: string) => Date.parse(`${iso}+13:00`);
    const rows = toRows(
      [
        key('later-today', local('2026-12-30T18:00:00')),
        key('sunday-night', local('2027-01-03T23:59:00')),
        key('monday-midnight', local('2027-01-04T00:00:00')),
        key('new-year', local('2027-01-01T00:30:00')),
        // 05:00 UTC on Monday 4 Jan is still Sunday in Los Angeles, but Monday evening in Auckland.
        key('utc-monday', Date.UTC(2027, 0, 4, 5)),
        key('week-12', weeks[11]!.start + HOUR),
        key('after-12-weeks', weeks[11]!.end),
      ],
      now,
    );
    const counts = countByWeek(rows, weeks);
    expect(counts.slice(0, 2)).toEqual([3, 2]);
    expect(counts[11]).toBe(1);
    expect(counts.reduce((a, b) => a + b)).toBe(6);
  });

  it('leaves out keys that have already expired, even earlier this week', () => {
    const rows = toRows(
      [
        key('expired-monday', weeks[0]!.start + HOUR),
        key('revoked-but-expiring', now + DAY_MS, { isActive: false }),
        key('never', now, { expiresAt: null }),
      ],
      now,
    );
    expect(countByWeek(rows, weeks)[0]).toBe(1);
  });
});
