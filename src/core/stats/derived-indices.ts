// Month on month, year on year and year-to-date indices from a monthly series of index levels
// (DOMAIN.md section 4). Series live in Float64Arrays addressed by month index, with NaN for a
// missing month, so every index is one pass over the data and a gap simply yields "undefined".
import { type MonthIndex, formatMonthIndex, monthOfIndex } from './period';
import { finiteOrNull, roundHalfAwayFromZero, roundOptional } from './rounding';

/** values[i] is the level of month start + i; NaN marks a missing month. */
export interface MonthlySeries {
  start: MonthIndex;
  values: Float64Array;
}

/** Column form of the derived indices, in percent (previous = 100), NaN where undefined. */
export interface DerivedIndices {
  start: MonthIndex;
  level: Float64Array;
  mom: Float64Array;
  yoy: Float64Array;
  ytd: Float64Array;
}

export interface DerivedIndexRow {
  period: string;
  level: number | null;
  mom: number | null;
  yoy: number | null;
  ytd: number | null;
}

export interface DeriveOptions {
  /**
   * Round levels to this many decimals before dividing: the convention of releases that publish
   * rounded levels and derive indices from them (Rosstat's example: 121.3 / 120.2 = 100.9, where
   * unrounded levels give 100.98). Full precision when omitted.
   */
  levelDecimals?: number;
}

/** Places (month, level) points on a gap-filled series spanning the first to the last month. */
export function monthlySeriesFromPoints(points: Iterable<{ month: MonthIndex; level: number }>): MonthlySeries {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const list = Array.from(points);
  for (const point of list) {
    if (point.month < first) first = point.month;
    if (point.month > last) last = point.month;
  }
  if (list.length === 0) return { start: 0, values: new Float64Array(0) };
  const values = new Float64Array(last - first + 1).fill(Number.NaN);
  for (const point of list) values[point.month - first] = point.level;
  return { start: first, values };
}

function ratio(numerator: number, denominator: number): number {
  const value = (100 * numerator) / denominator;
  return Number.isFinite(value) ? value : Number.NaN;
}

export function deriveMonthlyIndices(series: MonthlySeries, options: DeriveOptions = {}): DerivedIndices {
  const n = series.values.length;
  const level = new Float64Array(n);
  const mom = new Float64Array(n).fill(Number.NaN);
  const yoy = new Float64Array(n).fill(Number.NaN);
  const ytd = new Float64Array(n).fill(Number.NaN);
  const cumulated = new Float64Array(n);
  const decimals = options.levelDecimals;
  let monthOfYear = ((series.start % 12) + 12) % 12; // 0 = January
  for (let i = 0; i < n; i++) {
    const raw = series.values[i]!;
    const value = decimals === undefined ? raw : roundHalfAwayFromZero(raw, decimals);
    level[i] = value;
    // Cumulated volume January..this month; NaN when the year started before the series or has a gap.
    cumulated[i] = monthOfYear === 0 ? value : i > 0 ? cumulated[i - 1]! + value : Number.NaN;
    if (i >= 1) mom[i] = ratio(value, level[i - 1]!);
    if (i >= 12) {
      yoy[i] = ratio(value, level[i - 12]!);
      ytd[i] = ratio(cumulated[i]!, cumulated[i - 12]!);
    }
    monthOfYear = monthOfYear === 11 ? 0 : monthOfYear + 1;
  }
  return { start: series.start, level, mom, yoy, ytd };
}

/** Annual index (previous year = 100): the year-to-date index of December. */
export function annualIndices(series: MonthlySeries, options: DeriveOptions = {}): { year: number; index: number }[] {
  const derived = deriveMonthlyIndices(series, options);
  const result: { year: number; index: number }[] = [];
  for (let i = 0; i < derived.ytd.length; i++) {
    const { year, month } = monthOfIndex(series.start + i);
    const value = derived.ytd[i]!;
    if (month === 12 && Number.isFinite(value)) result.push({ year, index: value });
  }
  return result;
}

/**
 * Rows for display or JSON, null where undefined. `decimals` rounds the indices (not the levels)
 * for display; `includeMissing` keeps months whose level is missing.
 */
export function derivedIndexRows(
  derived: DerivedIndices,
  options: { decimals?: number; includeMissing?: boolean } = {},
): DerivedIndexRow[] {
  const rows: DerivedIndexRow[] = [];
  for (let i = 0; i < derived.level.length; i++) {
    const level = finiteOrNull(derived.level[i]);
    if (level === null && !options.includeMissing) continue;
    rows.push({
      period: formatMonthIndex(derived.start + i),
      level,
      mom: roundOptional(finiteOrNull(derived.mom[i]), options.decimals),
      yoy: roundOptional(finiteOrNull(derived.yoy[i]), options.decimals),
      ytd: roundOptional(finiteOrNull(derived.ytd[i]), options.decimals),
    });
  }
  return rows;
}

/** Rescales a series so that the average of `year`'s twelve months is 100 (NaN if incomplete). */
export function rebaseToYear(series: MonthlySeries, year: number): MonthlySeries {
  const offset = year * 12 - series.start;
  let sum = 0;
  for (let m = 0; m < 12; m++) {
    const index = offset + m;
    sum += index >= 0 && index < series.values.length ? series.values[index]! : Number.NaN;
  }
  const factor = 100 / (sum / 12);
  return { start: series.start, values: series.values.map((value) => value * factor) };
}
