// Expands a schedule over a plan period into its occurrences: one obligation each, with its
// reporting period and due date. Dates here are as written; working-calendar.ts moves those that
// fall on a day off, keeping this one free of any calendar.
import { clampedDate, nextMonth, toIsoDate, type IsoDate } from './civil-date';
import { periodEnd, periodLabel, periodLastMonth, periodsOfYear, type Period } from './period';
import type { DueRule, Schedule, YearRange } from './schedule';

/** The years a plan runs, both ends included (the machine-building plan: 2024-2028). */
export interface PlanPeriod {
  fromYear: number;
  toYear: number;
}

export interface Occurrence {
  /** '2024', '2024-H1', '2024-Q1', '2024-03', or a date for a one-off given as a date. */
  period: string;
  /** The due date after any move to a working day (equal to dueAsWritten until moved). */
  due: IsoDate;
  /** The due date the text gives, before any move. */
  dueAsWritten: IsoDate;
  /** True when the text gave no due date and the period's last day stands in for it. */
  dueDateAssumed: boolean;
}

export function assertPlanPeriod(plan: PlanPeriod): void {
  const { fromYear, toYear } = plan;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear < 1 || toYear > 9998) {
    throw new RangeError(`plan years must be whole years, got ${fromYear}-${toYear}`);
  }
  if (fromYear > toYear) throw new RangeError(`the plan period runs backwards: ${fromYear}-${toYear}`);
}

/**
 * A one-off yields its single occurrence whatever the plan period (the text states it; a deadline
 * outside the plan is for the coordinator to see, not to drop). Recurring and continuous schedules
 * yield the reporting years their text names, within the plan period.
 */
export function expandSchedule(schedule: Schedule, plan: PlanPeriod): Occurrence[] {
  assertPlanPeriod(plan);
  switch (schedule.kind) {
    case 'once':
      return [occurrence(schedule.period, periodEnd(schedule.period), false)];
    case 'continuous':
      return reportingYears(schedule.years, plan).map((year) =>
        occurrence({ kind: 'year', year }, toIsoDate(year, 12, 31), true),
      );
    case 'recurring': {
      const { due } = schedule;
      return reportingYears(schedule.years, plan).flatMap((year) =>
        periodsOfYear(year, schedule.frequency).map((period) =>
          occurrence(period, dueDate(due, period), due.kind === 'period-end' && due.assumed),
        ),
      );
    }
  }
}

/** The schedule's own years clipped to the plan's. */
export function reportingYears(years: YearRange | null, plan: PlanPeriod): number[] {
  const from = Math.max(years?.from ?? plan.fromYear, plan.fromYear);
  const to = Math.min(years?.to ?? plan.toYear, plan.toYear);
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

export function dueDate(rule: DueRule, period: Period): IsoDate {
  switch (rule.kind) {
    case 'period-end':
      return periodEnd(period);
    case 'day-of-next-month': {
      const last = periodLastMonth(period);
      const after = nextMonth(last.year, last.month);
      return clampedDate(after.year, after.month, rule.day);
    }
    case 'fixed-date': {
      if (period.kind !== 'year') throw new RangeError('a fixed date of the year applies to annual periods only');
      return toIsoDate(period.year + rule.yearOffset, rule.month, rule.day);
    }
  }
}

function occurrence(period: Period, due: IsoDate, dueDateAssumed: boolean): Occurrence {
  return { period: periodLabel(period), due, dueAsWritten: due, dueDateAssumed };
}
