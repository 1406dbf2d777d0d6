import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatMonthIndex,
  formatPeriod,
  monthIndex,
  monthOfIndex,
  parseMonth,
  parsePeriod,
  periodMonthRange,
  previousPeriod,
  samePeriodLastYear,
  shiftPeriod,
} from './period';
import { StatsInputError } from './errors';

describe('parsePeriod and formatPeriod', () => {
  it('reads and writes every kind of period', () => {
    expect(parsePeriod('2023-10')).toEqual({ kind: 'month', year: 2023, month: 10 });
    expect(parsePeriod('2023-Q4')).toEqual({ kind: 'quarter', year: 2023, quarter: 4 });
    expect(parsePeriod('2023-h1')).toEqual({ kind: 'half', year: 2023, half: 1 });
    expect(parsePeriod(' 2023 ')).toEqual({ kind: 'year', year: 2023 });
    expect(parsePeriod('2023-01..2023-10')).toEqual({ kind: 'ytd', year: 2023, toMonth: 10 });
    for (const text of ['2023-10', '2023-Q4', '2023-H2', '2023', '2023-01..2023-10']) {
      expect(formatPeriod(parsePeriod(text))).toBe(text);
    }
  });
  it('rejects bad months, ranges not starting in January and garbage', () => {
    expect(() => parsePeriod('2023-13')).toThrow(StatsInputError);
    expect(() => parsePeriod('2023-02..2023-10')).toThrow(/year-to-date/);
    expect(() => parsePeriod('2022-01..2023-10')).toThrow(/year-to-date/);
    expect(() => parsePeriod('Oct 2023')).toThrow(/not a period/);
  });
});

describe('month indices', () => {
  it('round-trips months and parses strict YYYY-MM', () => {
    expect(monthIndex(2023, 1) - monthIndex(2022, 12)).toBe(1);
    expect(monthOfIndex(monthIndex(2023, 12))).toEqual({ year: 2023, month: 12 });
    expect(formatMonthIndex(parseMonth('2024-02'))).toBe('2024-02');
    expect(() => parseMonth('2024-2')).toThrow(/YYYY-MM/);
    expect(() => parseMonth('2024-00')).toThrow(/month 0/);
  });
});

describe('period arithmetic', () => {
  it('steps back across year boundaries', () => {
    expect(previousPeriod({ kind: 'month', year: 2023, month: 1 })).toEqual({ kind: 'month', year: 2022, month: 12 });
    expect(previousPeriod({ kind: 'quarter', year: 2023, quarter: 1 })).toEqual({ kind: 'quarter', year: 2022, quarter: 4 });
    expect(previousPeriod({ kind: 'half', year: 2023, half: 1 })).toEqual({ kind: 'half', year: 2022, half: 2 });
    expect(previousPeriod({ kind: 'year', year: 2023 })).toEqual({ kind: 'year', year: 2022 });
    expect(shiftPeriod({ kind: 'month', year: 2023, month: 11 }, 14)).toEqual({ kind: 'month', year: 2025, month: 1 });
  });
  it('finds the same period last year, year-to-date ranges included', () => {
    expect(samePeriodLastYear(parsePeriod('2023-01..2023-10'))).toEqual({ kind: 'ytd', year: 2022, toMonth: 10 });
    expect(samePeriodLastYear(parsePeriod('2023-Q2'))).toEqual({ kind: 'quarter', year: 2022, quarter: 2 });
  });
  it('knows which months a period covers and orders periods', () => {
    expect(periodMonthRange(parsePeriod('2023-Q2'))).toEqual({ first: monthIndex(2023, 4), last: monthIndex(2023, 6) });
    expect(periodMonthRange(parsePeriod('2023-01..2023-10'))).toEqual({ first: monthIndex(2023, 1), last: monthIndex(2023, 10) });
    const sorted = ['2023', '2023-12', '2023-Q4', '2023-01..2023-10', '2022'].map(parsePeriod).sort(comparePeriods).map(formatPeriod);
    expect(sorted).toEqual(['2022', '2023-01..2023-10', '2023-12', '2023-Q4', '2023']);
  });
});
