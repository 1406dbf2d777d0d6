import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIsoDates } from './civil-date';
import { expandSchedule, reportingYears } from './expand-schedule';
import { parsePeriodLabel, periodEnd, type Frequency } from './period';
import type { DueRule, Schedule } from './schedule';

const PLAN = { fromYear: 2024, toYear: 2028 };

describe('expandSchedule', () => {
  it('gives a one-off its single occurrence, even outside the plan years', () => {
    expect(expandSchedule({ kind: 'once', period: { kind: 'quarter', year: 2023, quarter: 4 } }, PLAN)).toEqual([
      { period: '2023-Q4', due: '2023-12-31', dueAsWritten: '2023-12-31', dueDateAssumed: false },
    ]);
  });

  it('clips the years a schedule names to the plan years', () => {
    expect(reportingYears({ from: 2022, to: 2025 }, PLAN)).toEqual([2024, 2025]);
    expect(reportingYears({ from: 2026, to: null }, PLAN)).toEqual([2026, 2027, 2028]);
    expect(reportingYears({ from: 2029, to: 2030 }, PLAN)).toEqual([]);
    expect(reportingYears(null, PLAN)).toEqual([2024, 2025, 2026, 2027, 2028]);
  });

  it('counts a due day from the month after the period, clamped to short months', () => {
    const schedule: Schedule = { kind: 'recurring', frequency: 'monthly', due: { kind: 'day-of-next-month', day: 31 }, years: { from: 2025, to: 2025 } };
    const dues = expandSchedule(schedule, PLAN).map((o) => o.due);
    expect(dues.slice(0, 4)).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
    expect(dues.at(-1)).toBe('2026-01-31');
  });

  it('puts a fixed date in the reporting year or the year after', () => {
    const annual = (due: DueRule): Schedule => ({ kind: 'recurring', frequency: 'annual', due, years: { from: 2024, to: 2024 } });
    expect(expandSchedule(annual({ kind: 'fixed-date', month: 1, day: 25, yearOffset: 1 }), PLAN)[0]?.due).toBe('2025-01-25');
    expect(expandSchedule(annual({ kind: 'fixed-date', month: 7, day: 1, yearOffset: 0 }), PLAN)[0]?.due).toBe('2024-07-01');
  });

  it('refuses plan periods that run backwards or are not whole years', () => {
    const once: Schedule = { kind: 'once', period: { kind: 'year', year: 2025 } };
    expect(() => expandSchedule(once, { fromYear: 2028, toYear: 2024 })).toThrow(RangeError);
    expect(() => expandSchedule(once, { fromYear: 2024.5, toYear: 2028 })).toThrow(RangeError);
  });

  it('yields one occurrence per period, in order, none due before its period ends (property)', () => {
    const frequency = fc.constantFrom<Frequency>('annual', 'semiannual', 'quarterly', 'monthly');
    const due = fc.oneof(
      fc.record({ kind: fc.constant('period-end' as const), assumed: fc.boolean() }),
      fc.record({ kind: fc.constant('day-of-next-month' as const), day: fc.integer({ min: 1, max: 31 }) }),
    );
    const plan = fc.integer({ min: 2000, max: 2100 }).chain((from) => fc.record({ fromYear: fc.constant(from), toYear: fc.integer({ min: from, max: from + 10 }) }));
    const perYear: Record<Frequency, number> = { annual: 1, semiannual: 2, quarterly: 4, monthly: 12 };
    fc.assert(
      fc.property(frequency, due, plan, (f, d, p) => {
        const occurrences = expandSchedule({ kind: 'recurring', frequency: f, due: d, years: null }, p);
        expect(occurrences).toHaveLength((p.toYear - p.fromYear + 1) * perYear[f]);
        occurrences.forEach((o, i) => {
          const period = parsePeriodLabel(o.period);
          expect(period).not.toBeNull();
          expect(compareIsoDates(o.due, periodEnd(period!))).toBeGreaterThanOrEqual(0);
          if (i > 0) expect(compareIsoDates(o.due, occurrences[i - 1]!.due)).toBe(1);
          expect(o.dueDateAssumed).toBe(d.kind === 'period-end' && d.assumed);
        });
      }),
    );
  });
});
