import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  clampedDate,
  compareIsoDates,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isoWeekday,
  isValidCivilDate,
  isWeekend,
  lastDayOfMonth,
  parseIsoDate,
  toIsoDate,
} from './civil-date';

// Tests may use Date as an independent oracle; the module itself never does.
const utcDays = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const anyDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => isValidCivilDate(year, month, day));

describe('civil dates', () => {
  it('numbers days like UTC milliseconds / 86400000 (property)', () => {
    fc.assert(
      fc.property(anyDate, ({ year, month, day }) => {
        const iso = toIsoDate(year, month, day);
        expect(dayNumber(iso)).toBe(utcDays(year, month, day));
        expect(fromDayNumber(dayNumber(iso))).toBe(iso);
      }),
    );
  });

  it('gives ISO weekdays that match the UTC calendar (property)', () => {
    fc.assert(
      fc.property(anyDate, ({ year, month, day }) => {
        const utcWeekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
        expect(isoWeekday(toIsoDate(year, month, day))).toBe(utcWeekday === 0 ? 7 : utcWeekday);
      }),
    );
  });

  it('knows real weekdays of the plan years', () => {
    expect(isoWeekday('2024-03-23')).toBe(6); // Saturday, Nauryz
    expect(isoWeekday('2025-01-05')).toBe(7); // Sunday
    expect(isoWeekday('2026-01-10')).toBe(6);
    expect(isoWeekday('2028-12-31')).toBe(7);
    expect(isWeekend('2024-04-10')).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });

  it('knows month lengths and clamps days to them', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(lastDayOfMonth(2025, 6)).toBe('2025-06-30');
    expect(clampedDate(2025, 2, 31)).toBe('2025-02-28');
    expect(clampedDate(2025, 4, 15)).toBe('2025-04-15');
  });

  it('refuses malformed and impossible dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-2-1')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(() => toIsoDate(2025, 4, 31)).toThrow(RangeError);
    expect(() => dayNumber('01.12.2025')).toThrow(RangeError);
    expect(() => compareIsoDates('2025-01-01', 'x')).toThrow(RangeError);
    expect(compareIsoDates('2024-12-31', '2025-01-01')).toBe(-1);
  });
});
