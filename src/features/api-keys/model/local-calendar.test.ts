import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, formatCivilDate, pad, parseCivilDate } from './local-calendar';

describe('local calendar', () => {
  it('pads numbers to a width', () => {
    expect(pad(7)).toBe('07');
    expect(pad(12)).toBe('12');
    expect(pad(987, 4)).toBe('0987');
  });

  it('reads and writes dates as YYYY-MM-DD', () => {
    expect(parseCivilDate('2026-11-30')).toEqual({ year: 2026, month: 11, day: 30 });
    expect(formatCivilDate({ year: 2026, month: 3, day: 5 })).toBe('2026-03-05');
    expect(formatCivilDate(parseCivilDate('2028-02-29')!)).toBe('2028-02-29');
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '0050-01-01', '2026-1-1', 'soon', ''])(
    'refuses %j',
    (text) => {
      expect(parseCivilDate(text)).toBeNull();
    },
  );

  it('adds calendar days across month and year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 11, day: 30 }, 7)).toEqual({ year: 2026, month: 12, day: 7 });
  });

  it('knows the length of each month', () => {
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
