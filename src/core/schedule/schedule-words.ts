// English words for schedules, shared by the parser's notes and describe-schedule.ts.
import type { Frequency, Period, PeriodKind } from './period';
import { parseIsoDate } from './civil-date';

export const MONTH_NAMES_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function monthName(month: number): string {
  return MONTH_NAMES_EN[month - 1] ?? `month ${month}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

export const PERIOD_NOUN: Record<Exclude<PeriodKind, 'day'>, string> = {
  year: 'year',
  half: 'half-year',
  quarter: 'quarter',
  month: 'month',
};

export const FREQUENCY_WORD: Record<Frequency, string> = {
  annual: 'annual',
  semiannual: 'semi-annual',
  quarterly: 'quarterly',
  monthly: 'monthly',
};

/** «the 4th quarter of 2025», «December 2024», «1 December 2025». */
export function periodInWords(period: Period): string {
  switch (period.kind) {
    case 'year':
      return `the year ${period.year}`;
    case 'half':
      return `the ${ordinal(period.half)} half of ${period.year}`;
    case 'quarter':
      return `the ${ordinal(period.quarter)} quarter of ${period.year}`;
    case 'month':
      return `${monthName(period.month)} ${period.year}`;
    case 'day': {
      const date = parseIsoDate(period.date);
      return date ? `${date.day} ${monthName(date.month)} ${date.year}` : period.date;
    }
  }
}
