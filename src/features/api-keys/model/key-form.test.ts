import { describe, expect, it } from 'vitest';
import type { ApiKey } from './types';
import {
  emptyKeyForm,
  expiryFromForm,
  formFromKey,
  keyFormSchema,
  maxCustomDate,
  minCustomDate,
  toDraft,
  type KeyFormValues,
} from './key-form';
import { endOfLocalDay, toLocalDate } from './local-calendar';
import { EXPIRY_MAX_MS } from './schemas';
import { DAY_MS } from './status';

/*
 * The runtime's time zone cannot be switched safely in the middle of a run, so every instant here
 * is built in local time and every check reads local fields: the tests hold in any zone the suite
 * runs in (`TZ=Pacific/Kiritimati npx vitest run`, `TZ=America/St_Johns ...`, `TZ=UTC ...`).
 */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

function form(overrides: Partial<KeyFormValues>): KeyFormValues {
  return { ...emptyKeyForm('u1', local(2026, 3, 10, 9)), name: 'ok', ...overrides };
}

function firstIssue(values: KeyFormValues, now: number, currentExpiresAt: number | null = null) {
  const result = keyFormSchema({ now, currentExpiresAt }).safeParse(values);
  return result.success
    ? undefined
    : { path: result.error.issues[0]?.path.join('.'), message: result.error.issues[0]?.message };
}

describe('endOfLocalDay', () => {
  it('is the last millisecond of that day in the local calendar', () => {
    const end = new Date(endOfLocalDay('2026-07-15')!);
    expect([end.getFullYear(), end.getMonth(), end.getDate()]).toEqual([2026, 6, 15]);
    expect([end.getHours(), end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual([
      23, 59, 59, 999,
    ]);
    // One millisecond later the next local day begins.
    expect(toLocalDate(end.getTime() + 1)).toBe('2026-07-16');
  });

  it('crosses the year end: Dec 31 ends just before Jan 1 of the next year', () => {
    const end = endOfLocalDay('2026-12-31')!;
    expect(toLocalDate(end)).toBe('2026-12-31');
    expect(toLocalDate(end + 1)).toBe('2027-01-01');
    expect(new Date(end + 1).getHours()).toBe(0);
  });

  it('holds on the days daylight saving time starts and ends (where the zone has it)', () => {
    for (const date of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-04-05', '2026-10-04']) {
      const end = endOfLocalDay(date)!;
      expect(toLocalDate(end)).toBe(date);
      expect(toLocalDate(end + 1)).not.toBe(date);
    }
  });

  it('refuses what is not a calendar date', () => {
    expect(endOfLocalDay('2026-02-30')).toBeNull();
    expect(endOfLocalDay('2026-13-01')).toBeNull();
    expect(endOfLocalDay('31/12/2026')).toBeNull();
    expect(endOfLocalDay('')).toBeNull();
  });
});

describe('expiryFromForm', () => {
  const now = local(2026, 3, 10, 9, 30);

  it.each(['7', '30', '60', '90'] as const)('counts the %s-day preset from now', (days) => {
    expect(expiryFromForm(form({ expiryPreset: days }), now)).toBe(
      new Date(now + Number(days) * DAY_MS).toISOString(),
    );
  });

  it('sends a custom date as the end of that local day, in UTC (RFC 3339)', () => {
    const iso = expiryFromForm(form({ expiryPreset: 'custom', customDate: '2026-12-31' }), now);
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(iso)).toBe(local(2027, 1, 1) - 1);
  });

  it('keeps the current expiry exactly when asked to', () => {
    const current = Date.UTC(2026, 5, 1, 14, 32, 7);
    expect(expiryFromForm(form({ expiryPreset: 'current' }), { now, currentExpiresAt: current })).toBe(
      '2026-06-01T14:32:07.000Z',
    );
  });
});

describe('custom date bounds', () => {
  it('start tomorrow and end on the same date next year, in the local calendar', () => {
    expect(minCustomDate(local(2026, 3, 10, 23, 59))).toBe('2026-03-11');
    expect(maxCustomDate(local(2026, 3, 10, 12))).toBe('2027-03-10');
  });

  it('roll over the year end', () => {
    const newYearsEve = local(2026, 12, 31, 22);
    expect(minCustomDate(newYearsEve)).toBe('2027-01-01');
    expect(maxCustomDate(newYearsEve)).toBe('2027-12-31');
  });

  it('turn Feb 29 into Feb 28 next year', () => {
    expect(maxCustomDate(local(2028, 2, 29, 12))).toBe('2029-02-28');
  });

  it('never allow a date whose end lies beyond what the server accepts (across a leap day)', () => {
    for (const now of [local(2027, 3, 1, 0, 1), local(2027, 3, 10, 0, 0), local(2026, 6, 1, 0, 30)]) {
      expect(endOfLocalDay(maxCustomDate(now))!).toBeLessThanOrEqual(now + EXPIRY_MAX_MS);
    }
  });

  it('are enforced by the schema with a message on the date field', () => {
    const now = local(2026, 3, 10, 9);
    const at = (customDate: string) => firstIssue(form({ expiryPreset: 'custom', customDate }), now);
    expect(at('2026-03-11')).toBeUndefined();
    expect(at('2027-03-10')).toBeUndefined();
    expect(at('2026-03-10')).toEqual({ path: 'customDate', message: 'Choose a date from tomorrow on' });
    expect(at('2027-03-11')).toEqual({ path: 'customDate', message: 'Choose a date at most one year ahead' });
    expect(at('')).toEqual({ path: 'customDate', message: 'Choose a date' });
    expect(at('2026-02-30')).toEqual({ path: 'customDate', message: 'Enter a valid date' });
  });

  it('are ignored while a preset is chosen', () => {
    expect(firstIssue(form({ expiryPreset: '90', customDate: '' }), local(2026, 3, 10))).toBeUndefined();
  });
});

describe('keyFormSchema', () => {
  const now = local(2026, 3, 10, 9);

  it('uses the shared name and description rules', () => {
    expect(firstIssue(form({ name: '   ' }), now)).toEqual({
      path: 'name',
      message: 'Enter a name for the key',
    });
    expect(firstIssue(form({ name: 'x'.repeat(65) }), now)?.message).toBe('Use at most 64 characters');
    expect(firstIssue(form({ name: 'ok', description: 'd'.repeat(257) }), now)).toEqual({
      path: 'description',
      message: 'Use at most 256 characters',
    });
  });

  it('refuses to keep an expiry that has passed', () => {
    expect(firstIssue(form({ name: 'ok', expiryPreset: 'current' }), now, now - 1)).toEqual({
      path: 'expiryPreset',
      message: 'This key has expired: choose a new expiration date',
    });
  });
});

describe('toDraft and formFromKey', () => {
  const now = local(2026, 3, 10, 9);
  const key: ApiKey = {
    uid: 'k1',
    name: 'ci-deploy',
    description: 'Deploys',
    owner: { uid: 'u2', name: 'Uma User' },
    expiresAt: local(2026, 4, 20, 15, 45),
    createdAt: now - DAY_MS,
    isActive: true,
  };

  it('trims what the user typed', () => {
    expect(toDraft(form({ name: '  deploy ', description: ' d ', expiryPreset: '7' }), now)).toEqual({
      name: 'deploy',
      description: 'd',
      expiry: new Date(now + 7 * DAY_MS).toISOString(),
    });
  });

  it('keeps the current expiry of a live key, with Custom on its date', () => {
    expect(formFromKey(key, now)).toEqual({
      name: 'ci-deploy',
      description: 'Deploys',
      ownerUid: 'u2',
      expiryPreset: 'current',
      customDate: '2026-04-20',
    });
  });

  it('asks for a new expiry for an expired key', () => {
    const values = formFromKey({ ...key, expiresAt: now - DAY_MS }, now);
    expect(values.expiryPreset).toBe('30');
    expect(values.customDate).toBe('2026-03-11');
  });
});
