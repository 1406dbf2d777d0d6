import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, readPriceBasis, type ObservationColumn, type ObservationProblem } from './observations-format';
import { mapHeader } from './observations-header';
import { createObservationRowValidator, observationKey } from './observations-row';

const validate = createObservationRowValidator({
  codes: { branches: new Set(['29.1', '29', 'MB', 'C', 'TOTAL']), regions: new Set(['KZ-75', 'KZ-39']) },
  today: '2025-06-30',
});

const good: Record<ObservationColumn, string> = {
  series: 'PVI',
  branch: 'MB',
  region: 'KZ',
  period: '2023-01..2023-10',
  value: '127',
  unit: '%',
  price_basis: 'same_period_previous_year=100',
  currency: '',
  status: 'preliminary',
  source: 'https://el.kz/en/article',
  release_date: '2023-12-06',
};

function check(changes: Partial<Record<ObservationColumn, string>>) {
  const values = { ...good, ...changes };
  const problems: ObservationProblem[] = [];
  const row = validate(7, OBSERVATION_COLUMNS.map((c) => values[c]), (p) => problems.push(p));
  return { row, problems };
}

describe('observation row validator', () => {
  it('turns a good row into canonical values', () => {
    const { row, problems } = check({ period: ' 2023-q4 ', value: '1 234,5', price_basis: 'Constant_Prices:2022', currency: 'KZT', unit: 'billion KZT' });
    expect(problems).toEqual([]);
    expect(row).toMatchObject({ rowNumber: 7, period: '2023-Q4', value: '1234.5', priceBasis: 'constant_prices:2022', currency: 'KZT', status: 'preliminary' });
    expect(row!.lastMonth - row!.firstMonth).toBe(2);
  });

  it('reads every period form of the statistics core', () => {
    for (const [text, canonical] of [
      ['2023-10', '2023-10'],
      ['2023-Q1', '2023-Q1'],
      ['2023-H2', '2023-H2'],
      ['2023', '2023'],
      ['2023-01 .. 2023-10', '2023-01..2023-10'],
    ]) {
      expect(check({ period: text! }).row?.period).toBe(canonical);
    }
  });

  it('reports every problem of a row, each with its column', () => {
    const { row, problems } = check({
      series: 'pvi',
      branch: '29.9',
      region: 'KZ-99',
      period: '2023-13',
      value: 'n/a',
      unit: '',
      price_basis: 'volume',
      currency: 'tenge',
      status: 'draft',
      source: '',
      release_date: '2023-02-30',
    });
    expect(row).toBeNull();
    expect(problems.map((p) => p.column)).toEqual([...OBSERVATION_COLUMNS]);
    expect(problems.every((p) => p.row === 7)).toBe(true);
    const message = (column: ObservationColumn) => problems.find((p) => p.column === column)!.message;
    expect(message('branch')).toMatch(/unknown branch "29.9"/);
    expect(message('region')).toMatch(/unknown region "KZ-99"/);
    expect(message('period')).toMatch(/month 13/);
    expect(message('value')).toMatch(/"n\/a" is not a number/);
    expect(message('price_basis')).toMatch(/not a price basis/);
    expect(message('release_date')).toMatch(/not a date/);
  });

  it('accepts the aggregates, a division and the country', () => {
    for (const branch of ['MB', 'C', 'TOTAL', '29', '29.1']) expect(check({ branch }).problems).toEqual([]);
    expect(check({ region: 'KZ-75' }).problems).toEqual([]);
  });

  it('refuses a currency on an index and a previous-period index of a year-to-date range', () => {
    expect(check({ currency: 'KZT' }).problems[0]).toMatchObject({ column: 'currency', message: expect.stringMatching(/index .* has no currency/) });
    expect(check({ price_basis: 'previous_period=100' }).problems[0]).toMatchObject({ column: 'price_basis', message: expect.stringMatching(/no previous period/) });
  });

  it('refuses release dates in the future and before the period began', () => {
    expect(check({ release_date: '2025-07-01' }).problems[0]!.message).toMatch(/in the future/);
    expect(check({ release_date: '2022-12-31' }).problems[0]!.message).toMatch(/before the period 2023-01..2023-10 began/);
  });

  it('refuses control characters that cannot be stored in the free-text cells', () => {
    expect(check({ source: 'a\u001fb' }).problems).toEqual([{ row: 7, column: 'source', message: expect.stringMatching(/control character/) }]);
    expect(check({ unit: '%\u0000' }).problems.map((p) => p.column)).toEqual(['unit']);
  });

  it('gives the same key to the same observation written differently', () => {
    const a = check({ period: '2023-q1', price_basis: 'VOLUME_INDEX:2022 = 100' }).row!;
    const b = check({ period: '2023-Q1', price_basis: 'volume_index:2022=100' }).row!;
    expect(observationKey(a)).toBe(observationKey(b));
    expect(observationKey({ ...a, releaseDate: '2024-01-01' })).not.toBe(observationKey(a));
  });
});

describe('price basis', () => {
  it('reads the five forms and refuses incomplete ones', () => {
    expect(readPriceBasis('current_prices')).toMatchObject({ kind: 'current_prices', isIndex: false });
    expect(readPriceBasis('constant_prices:2022')).toMatchObject({ text: 'constant_prices:2022' });
    expect(readPriceBasis('volume_index:2022-Q1=100')).toMatchObject({ text: 'volume_index:2022-Q1=100', isIndex: true });
    expect(readPriceBasis('previous_period=100')).toMatchObject({ kind: 'previous_period' });
    expect(readPriceBasis('same_period_previous_year=100')).toMatchObject({ kind: 'same_period_previous_year' });
    expect(readPriceBasis('constant_prices')).toMatch(/needs the year/);
    expect(readPriceBasis('volume_index:2022')).toMatch(/needs its reference period/);
  });
});

describe('header', () => {
  it('accepts the columns in any order, in any case, with extra columns', () => {
    const problems: ObservationProblem[] = [];
    const map = mapHeader(['Note', ...[...OBSERVATION_COLUMNS].reverse().map((c) => c.toUpperCase())], (p) => problems.push(p));
    expect(problems).toEqual([]);
    expect(map).toMatchObject({ width: 12, isCanonical: false });
    expect(map!.positions[0]).toBe(11);
  });

  it('names each missing and repeated column', () => {
    const problems: ObservationProblem[] = [];
    expect(mapHeader(['series', 'series', 'branch'], (p) => problems.push(p))).toBeNull();
    expect(problems[0]!.message).toMatch(/repeats the column "series"/);
    expect(problems.filter((p) => /lacks/.test(p.message)).map((p) => p.column)).toEqual(OBSERVATION_COLUMNS.slice(2));
  });
});
