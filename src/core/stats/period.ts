// Periods of official statistics: months, quarters, half-years, years and year-to-date ranges
// (January..M of one year, the way releases report "January-October 2023").
//
// Text forms (parsePeriod / formatPeriod):
//   month "2023-10"   quarter "2023-Q4"   half-year "2023-H1"   year "2023"
//   year to date "2023-01..2023-10" (always from January, within one year)
//
// Monthly series are addressed by a MonthIndex, year * 12 + (month - 1), so that a month's
// neighbours (t - 1, t - 12) are found by arithmetic instead of searching.
import { StatsInputError } from './errors';

export type MonthIndex = number;

export interface MonthPeriod { kind: 'month'; year: number; month: number }
export interface QuarterPeriod { kind: 'quarter'; year: number; quarter: number }
export interface HalfYearPeriod { kind: 'half'; year: number; half: number }
export interface YearPeriod { kind: 'year'; year: number }
/** January..toMonth of `year`. */
export interface YearToDatePeriod { kind: 'ytd'; year: number; toMonth: number }

export type Period = MonthPeriod | QuarterPeriod | HalfYearPeriod | YearPeriod | YearToDatePeriod;
/** Periods that tile time, so that "the previous period" means something. */
export type SequentialPeriod = Exclude<Period, YearToDatePeriod>;

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const HALF = /^(\d{4})-H([12])$/i;
const YEAR = /^(\d{4})$/;
const RANGE = /^(\d{4})-(\d{2})\s*\.\.\s*(\d{4})-(\d{2})$/;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function monthOfIndex(index: MonthIndex): { year: number; month: number } {
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

export function formatMonthIndex(index: MonthIndex): string {
  const { year, month } = monthOfIndex(index);
  return `${year}-${String(month).padStart(2, '0')}`;
}

function checkMonth(month: number, text: string): void {
  if (month < 1 || month > 12) throw new StatsInputError(`"${text}" has month ${month}; months run from 01 to 12`);
}

/** Parses a strict "YYYY-MM" month, the period format of monthly level files. */
export function parseMonth(text: string): MonthIndex {
  const match = MONTH.exec(text.trim());
  if (!match) throw new StatsInputError(`"${text}" is not a month written as YYYY-MM`);
  const month = Number(match[2]);
  checkMonth(month, text);
  return monthIndex(Number(match[1]), month);
}

export function parsePeriod(text: string): Period {
  const trimmed = text.trim();
  let match = MONTH.exec(trimmed);
  if (match) {
    const month = Number(match[2]);
    checkMonth(month, text);
    return { kind: 'month', year: Number(match[1]), month };
  }
  match = QUARTER.exec(trimmed);
  if (match) return { kind: 'quarter', year: Number(match[1]), quarter: Number(match[2]) };
  match = HALF.exec(trimmed);
  if (match) return { kind: 'half', year: Number(match[1]), half: Number(match[2]) };
  match = YEAR.exec(trimmed);
  if (match) return { kind: 'year', year: Number(match[1]) };
  match = RANGE.exec(trimmed);
  if (match) {
    const [fromYear, fromMonth, toYear, toMonth] = match.slice(1).map(Number) as [number, number, number, number];
    checkMonth(toMonth, text);
    if (fromMonth !== 1 || fromYear !== toYear) {
      throw new StatsInputError(`"${text}" is a range; only year-to-date ranges (YYYY-01..YYYY-MM, one year) are supported`);
    }
    return { kind: 'ytd', year: fromYear, toMonth };
  }
  throw new StatsInputError(`"${text}" is not a period: expected YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY or YYYY-01..YYYY-MM`);
}

export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'month':
      return formatMonthIndex(monthIndex(period.year, period.month));
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'half':
      return `${period.year}-H${period.half}`;
    case 'year':
      return String(period.year);
    case 'ytd':
      return `${period.year}-01..${formatMonthIndex(monthIndex(period.year, period.toMonth))}`;
  }
}

/** First and last month (inclusive) that a period covers. */
export function periodMonthRange(period: Period): { first: MonthIndex; last: MonthIndex } {
  const january = monthIndex(period.year, 1);
  switch (period.kind) {
    case 'month':
      return { first: january + period.month - 1, last: january + period.month - 1 };
    case 'quarter':
      return { first: january + (period.quarter - 1) * 3, last: january + period.quarter * 3 - 1 };
    case 'half':
      return { first: january + (period.half - 1) * 6, last: january + period.half * 6 - 1 };
    case 'year':
      return { first: january, last: january + 11 };
    case 'ytd':
      return { first: january, last: january + period.toMonth - 1 };
  }
}

/** Moves a period by `steps` periods of its own kind (negative steps go back). */
export function shiftPeriod<P extends SequentialPeriod>(period: P, steps: number): P {
  const perYear = { month: 12, quarter: 4, half: 2, year: 1 }[period.kind];
  const position = period.kind === 'month' ? period.month : period.kind === 'quarter' ? period.quarter : period.kind === 'half' ? period.half : 1;
  const absolute = period.year * perYear + (position - 1) + steps;
  const year = Math.floor(absolute / perYear);
  const within = absolute - year * perYear + 1;
  switch (period.kind) {
    case 'month':
      return { ...period, year, month: within };
    case 'quarter':
      return { ...period, year, quarter: within };
    case 'half':
      return { ...period, year, half: within };
    case 'year':
      return { ...period, year };
  }
  return period;
}

/** A year-to-date range has no predecessor of its own kind: compare it with samePeriodLastYear. */
export function previousPeriod<P extends SequentialPeriod>(period: P): P {
  return shiftPeriod(period, -1);
}

export function samePeriodLastYear<P extends Period>(period: P): P {
  return { ...period, year: period.year - 1 };
}

/** Orders periods by their last month, then shorter periods first. */
export function comparePeriods(a: Period, b: Period): number {
  const ra = periodMonthRange(a);
  const rb = periodMonthRange(b);
  return ra.last - rb.last || rb.first - ra.first;
}
