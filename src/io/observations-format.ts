// The long format of official statistics (docs/observations-format.md): one row per series, branch,
// region, period, price basis and release date. This file names the columns and reads the two
// structured cells, price basis and period, into their canonical text so that "2023-q1" and
// "2023-Q1" are the same key.
import { formatPeriod, parsePeriod, periodMonthRange, StatsInputError, type Period } from '../core/stats';

export const OBSERVATION_COLUMNS = [
  'series',
  'branch',
  'region',
  'period',
  'value',
  'unit',
  'price_basis',
  'currency',
  'status',
  'source',
  'release_date',
] as const;
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

/** Column positions, in the order of OBSERVATION_COLUMNS. */
export const COLUMN = Object.fromEntries(OBSERVATION_COLUMNS.map((name, i) => [name, i])) as Record<ObservationColumn, number>;

export const OBSERVATION_STATUSES = ['preliminary', 'final'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** The country as a whole; regions are the ISO 3166-2:KZ codes of the regions table. */
export const COUNTRY_REGION = 'KZ';

/** Aggregates accepted as branches besides OKED groups and divisions (rows of statistical_branches). */
export const AGGREGATE_BRANCH_EXAMPLES = ['MB', 'C', 'TOTAL'] as const;

export const SERIES_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
export const CURRENCY_CODE = /^[A-Z]{3}$/;
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A problem found in a file, naming the row (1 = header) and the column where there is one. */
export interface ObservationProblem {
  row: number;
  column: ObservationColumn | null;
  message: string;
}

export interface ParsedPeriod {
  /** Canonical text: "2023-10", "2023-Q4", "2023-H1", "2023", "2023-01..2023-10". */
  text: string;
  period: Period;
  /** First and last month covered, as month indices (year * 12 + month - 1). */
  firstMonth: number;
  lastMonth: number;
  /** The first day of the period, YYYY-MM-DD: no figure can be released before it. */
  startDate: string;
}

/** Reads a period with the statistics core's parser; returns the reason when it is not one. */
export function readPeriod(raw: string): ParsedPeriod | string {
  try {
    const period = parsePeriod(raw);
    const { first, last } = periodMonthRange(period);
    return { text: formatPeriod(period), period, firstMonth: first, lastMonth: last, startDate: firstDayOfMonth(first) };
  } catch (error) {
    if (error instanceof StatsInputError) return error.message;
    throw error;
  }
}

export type PriceBasisKind = 'current_prices' | 'constant_prices' | 'volume_index' | 'previous_period' | 'same_period_previous_year';

export interface ParsedPriceBasis {
  /** Canonical text, e.g. "constant_prices:2022" or "volume_index:2022=100". */
  text: string;
  kind: PriceBasisKind;
  /** An index (no money amount): such rows carry no currency. */
  isIndex: boolean;
}

const PRICE_BASIS_HELP =
  'expected current_prices, constant_prices:YYYY, volume_index:PERIOD=100 (e.g. volume_index:2022=100), previous_period=100 or same_period_previous_year=100';

/** Reads a price basis; returns the reason when it is not one. */
export function readPriceBasis(raw: string): ParsedPriceBasis | string {
  const text = raw.trim().toLowerCase();
  if (text === 'current_prices') return { text, kind: 'current_prices', isIndex: false };
  if (text === 'previous_period=100') return { text, kind: 'previous_period', isIndex: true };
  if (text === 'same_period_previous_year=100') return { text, kind: 'same_period_previous_year', isIndex: true };
  const constant = /^constant_prices(?::(.*))?$/.exec(text);
  if (constant) {
    const year = constant[1]?.trim() ?? '';
    if (!/^\d{4}$/.test(year)) return `"${raw}" needs the year of its prices: constant_prices:YYYY, e.g. constant_prices:2022`;
    return { text: `constant_prices:${year}`, kind: 'constant_prices', isIndex: false };
  }
  const volume = /^volume_index(?::(.*))?$/.exec(text);
  if (volume) {
    const reference = /^(.+?)\s*=\s*100$/.exec(volume[1]?.trim() ?? '');
    const period = reference ? readPeriod(reference[1]!.toUpperCase()) : null;
    if (!reference || period === null || typeof period === 'string' || period.period.kind === 'ytd') {
      return `"${raw}" needs its reference period: volume_index:PERIOD=100, e.g. volume_index:2022=100`;
    }
    return { text: `volume_index:${period.text}=100`, kind: 'volume_index', isIndex: true };
  }
  return `"${raw}" is not a price basis: ${PRICE_BASIS_HELP}`;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** The first day of the month with this index, as YYYY-MM-DD (for comparing with release dates). */
export function firstDayOfMonth(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}-01`;
}
