import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriodLabel, periodEnd, periodLabel, periodsOfYear, periodStart, type Frequency, type Period } from './period';
import { addDays } from './civil-date';

const frequencies: Frequency[] = ['annual', 'semiannual', 'quarterly', 'monthly'];

describe('periods', () => {
  it('labels periods the way obligations show them', () => {
    expect(periodLabel({ kind: 'year', year: 2024 })).toBe('2024');
    expect(periodLabel({ kind: 'half', year: 2024, half: 1 })).toBe('2024-H1');
    expect(periodLabel({ kind: 'quarter', year: 2024, quarter: 1 })).toBe('2024-Q1');
    expect(periodLabel({ kind: 'month', year: 2024, month: 3 })).toBe('2024-03');
    expect(periodLabel({ kind: 'day', date: '2025-12-01' })).toBe('2025-12-01');
  });

  it('starts and ends periods on the right days', () => {
    expect(periodStart({ kind: 'half', year: 2026, half: 2 })).toBe('2026-07-01');
    expect(periodEnd({ kind: 'half', year: 2026, half: 1 })).toBe('2026-06-30');
    expect(periodEnd({ kind: 'quarter', year: 2025, quarter: 4 })).toBe('2025-12-31');
    expect(periodEnd({ kind: 'month', year: 2024, month: 2 })).toBe('2024-02-29');
    expect(periodEnd({ kind: 'day', date: '2025-12-01' })).toBe('2025-12-01');
  });

  it('reads labels back and refuses others', () => {
    for (const label of ['2024', '2024-H2', '2024-Q4', '2024-12', '2024-02-29']) {
      const period = parsePeriodLabel(label);
      expect(period && periodLabel(period)).toBe(label);
    }
    for (const label of ['2024-H3', '2024-Q5', '2024-13', '2025-02-29', 'Q1 2024', '']) {
      expect(parsePeriodLabel(label)).toBeNull();
    }
  });

  it('tiles each year with its periods, end to end (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.constantFrom(...frequencies), (year, frequency) => {
        const periods: Period[] = periodsOfYear(year, frequency);
        expect(periodStart(periods[0]!)).toBe(`${year}-01-01`);
        expect(periodEnd(periods.at(-1)!)).toBe(`${year}-12-31`);
        periods.slice(1).forEach((period, i) => expect(periodStart(period)).toBe(addDays(periodEnd(periods[i]!), 1)));
      }),
    );
  });
});
