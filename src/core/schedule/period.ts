// Reporting periods and their labels. A label is what people and the database see: '2024',
// '2024-H1', '2024-Q1', '2024-03', and for a one-off deadline given as a date, the date itself
// ('2025-12-01'). Labels sort chronologically within one kind and parse back losslessly.
import { lastDayOfMonth, parseIsoDate, toIsoDate, type IsoDate } from './civil-date';

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; date: IsoDate };

export type PeriodKind = Period['kind'];

/** How often a recurring obligation falls due: one occurrence per period of this length. */
export type Frequency = 'annual' | 'semiannual' | 'quarterly' | 'monthly';

export const FREQUENCY_PERIOD: Record<Frequency, Exclude<PeriodKind, 'day'>> = {
  annual: 'year',
  semiannual: 'half',
  quarterly: 'quarter',
  monthly: 'month',
};

export function periodLabel(period: Period): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'half':
      return `${period.year}-H${period.half}`;
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`;
    case 'day':
      return period.date;
  }
}

/** Reads a label back; null when it is not one of the five label forms. */
export function parsePeriodLabel(label: string): Period | null {
  let match = /^(\d{4})$/.exec(label);
  if (match) return { kind: 'year', year: Number(match[1]) };
  match = /^(\d{4})-H([12])$/.exec(label);
  if (match) return { kind: 'half', year: Number(match[1]), half: Number(match[2]) as 1 | 2 };
  match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (match) return { kind: 'quarter', year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
  match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (match) return { kind: 'month', year: Number(match[1]), month: Number(match[2]) };
  if (parseIsoDate(label)) return { kind: 'day', date: label };
  return null;
}

/** First and last month (1..12) covered by a period that is not a single day. */
function monthSpan(period: Exclude<Period, { kind: 'day' }>): { year: number; first: number; last: number } {
  switch (period.kind) {
    case 'year':
      return { year: period.year, first: 1, last: 12 };
    case 'half':
      return { year: period.year, first: period.half * 6 - 5, last: period.half * 6 };
    case 'quarter':
      return { year: period.year, first: period.quarter * 3 - 2, last: period.quarter * 3 };
    case 'month':
      return { year: period.year, first: period.month, last: period.month };
  }
}

export function periodStart(period: Period): IsoDate {
  if (period.kind === 'day') return period.date;
  const { year, first } = monthSpan(period);
  return toIsoDate(year, first, 1);
}

export function periodEnd(period: Period): IsoDate {
  if (period.kind === 'day') return period.date;
  const { year, last } = monthSpan(period);
  return lastDayOfMonth(year, last);
}

/** The year and month (1..12) of a period's last month. */
export function periodLastMonth(period: Period): { year: number; month: number } {
  if (period.kind === 'day') {
    const date = parseIsoDate(period.date);
    if (!date) throw new RangeError(`not a date: ${period.date}`);
    return { year: date.year, month: date.month };
  }
  const { year, last } = monthSpan(period);
  return { year, month: last };
}

/** The periods of one calendar year at the given frequency, in order. */
export function periodsOfYear(year: number, frequency: Frequency): Period[] {
  switch (frequency) {
    case 'annual':
      return [{ kind: 'year', year }];
    case 'semiannual':
      return [1, 2].map((half) => ({ kind: 'half', year, half: half as 1 | 2 }));
    case 'quarterly':
      return [1, 2, 3, 4].map((quarter) => ({ kind: 'quarter', year, quarter: quarter as 1 | 2 | 3 | 4 }));
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => ({ kind: 'month', year, month: i + 1 }));
  }
}
