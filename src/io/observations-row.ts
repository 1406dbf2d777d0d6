// Checks one row of the observations format and turns it into a typed row, reporting every problem
// of the row (not only the first) with its column. Runs a million times per large file, so parsed
// periods, price bases and dates are cached by their text: a file holds few distinct ones.
import { decimalText } from './csv';
import {
  COLUMN,
  COUNTRY_REGION,
  CURRENCY_CODE,
  SERIES_CODE,
  isIsoDate,
  readPeriod,
  readPriceBasis,
  type ObservationColumn,
  type ObservationProblem,
  type ObservationStatus,
} from './observations-format';

export interface ObservationRow {
  rowNumber: number;
  series: string;
  branch: string;
  region: string;
  /** Canonical period text and the months it covers. */
  period: string;
  firstMonth: number;
  lastMonth: number;
  /** The value as plain decimal text, every digit kept, for exact numeric storage. */
  value: string;
  unit: string;
  priceBasis: string;
  currency: string | null;
  status: ObservationStatus;
  source: string;
  releaseDate: string;
}

export interface ObservationCodes {
  /** OKED groups, divisions and aggregates (MB, C, TOTAL, ...) known to the database. */
  branches: ReadonlySet<string>;
  /** Region codes known to the database; the country code KZ is always accepted. */
  regions: ReadonlySet<string>;
}

export interface RowValidatorOptions {
  codes: ObservationCodes;
  /** Today's date, YYYY-MM-DD: a release date after it is a typing error. */
  today: string;
}

export type ReportProblem = (problem: ObservationProblem) => void;
export type ObservationRowValidator = (rowNumber: number, cells: readonly string[], report: ReportProblem) => ObservationRow | null;

const MAX_UNIT = 100;
const MAX_SOURCE = 2000;
/** Caches stop growing here, so that a file of a million distinct bad periods stays in bounded memory. */
const CACHE_LIMIT = 10_000;
/**
 * NUL cannot be stored in PostgreSQL text, and the unit separator delimits values in bulk writes.
 * Only the free-text columns (unit, source) can hold them: every other cell must match a pattern.
 */
const hasForbiddenCharacter = (text: string) => text.includes('\u0000') || text.includes('\u001f');

/**
 * Parses texts through a cache. Consecutive rows usually repeat the previous text (the same
 * release date, price basis, period), so that one is checked first, without hashing.
 */
function textCache<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  let lastText: string | null = null;
  let lastValue: T | undefined;
  return (text) => {
    if (text === lastText) return lastValue as T;
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      if (cache.size < CACHE_LIMIT) cache.set(text, value);
    }
    lastText = text;
    lastValue = value;
    return value;
  };
}

// Cell positions as constants: a keyed look-up by column name was a measurable share of the time.
const { series: SERIES, branch: BRANCH, region: REGION, period: PERIOD, value: VALUE, unit: UNIT } = COLUMN;
const { price_basis: PRICE_BASIS, currency: CURRENCY, status: STATUS, source: SOURCE, release_date: RELEASE_DATE } = COLUMN;

const BRANCH_CODES_HELP = 'expected an OKED group (e.g. 29.1), a division (e.g. 29) or an aggregate (MB, C, TOTAL)';

export function createObservationRowValidator(options: RowValidatorOptions): ObservationRowValidator {
  const { branches, regions } = options.codes;
  const period = textCache(readPeriod);
  const priceBasis = textCache(readPriceBasis);
  const dateProblem = textCache((text: string): string | null => {
    if (!isIsoDate(text)) return `"${text}" is not a date written YYYY-MM-DD`;
    if (text > options.today) return `${text} is in the future (today is ${options.today})`;
    return null;
  });

  // The row being checked. The validator runs once per row of files of a million rows, so these
  // live here rather than in closures made for every row.
  let rowNumber = 0;
  let isValid = true;
  let report: ReportProblem = () => undefined;
  const fail = (column: ObservationColumn, message: string) => {
    isValid = false;
    report({ row: rowNumber, column, message });
  };
  const text = (cells: readonly string[], position: number): string => (cells[position] ?? '').trim();
  /** The text, or null (reported) when it holds a character that cannot be stored. */
  const freeText = (cells: readonly string[], position: number, column: ObservationColumn): string | null => {
    const value = text(cells, position);
    if (!hasForbiddenCharacter(value)) return value;
    fail(column, 'the cell holds a control character (NUL or unit separator) that cannot be stored');
    return null;
  };

  return (row, cells, reportProblem) => {
    rowNumber = row;
    isValid = true;
    report = reportProblem;

    const series = text(cells, SERIES);
    if (series === '') fail('series', 'the series code is empty');
    else if (!SERIES_CODE.test(series)) fail('series', `"${series}" is not a series code: upper-case letters, digits and _, starting with a letter (e.g. PVI)`);

    const branch = text(cells, BRANCH);
    if (branch === '') fail('branch', 'the branch is empty');
    else if (!branches.has(branch)) fail('branch', `unknown branch "${branch}": ${BRANCH_CODES_HELP}`);

    const region = text(cells, REGION);
    if (region === '') fail('region', 'the region is empty');
    else if (region !== COUNTRY_REGION && !regions.has(region)) fail('region', `unknown region "${region}": expected KZ for the country or a region's ISO code (KZ-xx)`);

    const periodText = text(cells, PERIOD);
    const parsedPeriod = periodText === '' ? 'the period is empty' : period(periodText);
    if (typeof parsedPeriod === 'string') fail('period', parsedPeriod);

    const rawValue = text(cells, VALUE);
    const value = decimalText(rawValue);
    if (value === null) fail('value', rawValue === '' ? 'the value is empty' : `"${rawValue}" is not a number (use a dot or a comma as decimal separator)`);

    const unit = freeText(cells, UNIT, 'unit');
    if (unit === '') fail('unit', 'the unit is empty (e.g. "%", "billion KZT", "persons")');
    else if (unit !== null && unit.length > MAX_UNIT) fail('unit', `the unit is longer than ${MAX_UNIT} characters`);

    const basisText = text(cells, PRICE_BASIS);
    const basis = basisText === '' ? 'the price basis is empty' : priceBasis(basisText);
    if (typeof basis === 'string') fail('price_basis', basis);
    else if (basis.kind === 'previous_period' && typeof parsedPeriod !== 'string' && parsedPeriod.period.kind === 'ytd') {
      fail('price_basis', `a year-to-date range (${parsedPeriod.text}) has no previous period: use same_period_previous_year=100`);
    }

    const currency = text(cells, CURRENCY);
    if (currency !== '') {
      if (!CURRENCY_CODE.test(currency)) fail('currency', `"${currency}" is not an ISO 4217 currency code (e.g. KZT, USD), nor empty`);
      else if (typeof basis !== 'string' && basis.isIndex) fail('currency', `an index (${basis.text}) has no currency: leave the cell empty`);
    }

    const status = text(cells, STATUS);
    if (status !== 'preliminary' && status !== 'final') fail('status', status === '' ? 'the status is empty: preliminary or final' : `"${status}" is not a status: preliminary or final`);

    const source = freeText(cells, SOURCE, 'source');
    if (source === '') fail('source', 'the source is empty: name the publication or give its URL');
    else if (source !== null && source.length > MAX_SOURCE) fail('source', `the source is longer than ${MAX_SOURCE} characters`);

    const releaseDate = text(cells, RELEASE_DATE);
    const dateError = releaseDate === '' ? 'the release date is empty' : dateProblem(releaseDate);
    if (dateError !== null) fail('release_date', dateError);
    else if (typeof parsedPeriod !== 'string' && releaseDate < parsedPeriod.startDate) {
      fail('release_date', `${releaseDate} is before the period ${parsedPeriod.text} began`);
    }

    if (!isValid || typeof parsedPeriod === 'string' || typeof basis === 'string' || value === null || unit === null || source === null) return null;
    return {
      rowNumber: row,
      series,
      branch,
      region,
      period: parsedPeriod.text,
      firstMonth: parsedPeriod.firstMonth,
      lastMonth: parsedPeriod.lastMonth,
      value,
      unit,
      priceBasis: basis.text,
      currency: currency === '' ? null : currency,
      status: status as ObservationStatus,
      source,
      releaseDate,
    };
  };
}

/**
 * The identity of an observation: the same key and release date may be stored only once. Written
 * into `into` (reused from row to row) to spare an allocation per row.
 */
export function observationKeyParts(row: ObservationRow, into: string[] = []): string[] {
  into[0] = row.series;
  into[1] = row.branch;
  into[2] = row.region;
  into[3] = row.period;
  into[4] = row.priceBasis;
  into[5] = row.releaseDate;
  return into;
}

/** The identity of an observation as one text (for tests and messages). */
export function observationKey(row: ObservationRow): string {
  return observationKeyParts(row).join('\u001f');
}
