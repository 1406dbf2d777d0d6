import { describe, expect, it } from 'vitest';
import type { VintageRow } from '../../db/repositories/indicator-series';
import { annualObservations, latestSubAnnualRelease, vintagesKnownOn } from './annual-series';

const row = (period: string, value: number, releaseDate: string, priceBasis = 'same_period_previous_year=100'): VintageRow => {
  const year = Number(period.slice(0, 4));
  const lastMonth = period.includes('..') ? year * 12 + Number(period.slice(-2)) - 1 : year * 12 + 11;
  return { period, firstMonth: year * 12, lastMonth, priceBasis, releaseDate, value, status: 'preliminary', source: 'test' };
};

const rows = [
  row('2022', 111, '2023-12-06'),
  row('2023-01..2023-10', 127, '2023-12-06'),
  row('2023', 125.4, '2024-03-21'),
  row('2023', 125.9, '2024-09-01'),
  row('2024-01..2024-02', 123.4, '2024-03-25'),
];

describe('annual series of a linked indicator', () => {
  it('keeps every annual index with its release date, so core picks the vintage in force', () => {
    expect(annualObservations('annual_indices', rows)).toEqual({
      kind: 'annual_indices',
      points: [
        { year: 2022, index: 111, releasedOn: '2023-12-06' },
        { year: 2023, index: 125.4, releasedOn: '2024-03-21' },
        { year: 2023, index: 125.9, releasedOn: '2024-09-01' },
      ],
    });
  });

  it('reads a levels series in the price basis of its latest annual release only', () => {
    const levels = [row('2021', 10, '2022-03-01', 'current_prices'), row('2021', 9, '2022-03-01', 'constant_prices:2015'), row('2022', 12, '2023-03-01', 'current_prices')];
    expect(annualObservations('levels', levels).points.map((p) => p.year)).toEqual([2021, 2022]);
  });

  it('hides vintages released after asOf and marks the one in force', () => {
    const known = vintagesKnownOn(rows, '2024-06-30');
    expect(known.map((r) => `${r.period}:${r.value}:${r.isInForce}`)).toEqual([
      '2022:111:true',
      '2023-01..2023-10:127:true',
      '2023:125.4:true',
      '2024-01..2024-02:123.4:true',
    ]);
    const later = vintagesKnownOn(rows, '2024-12-31').filter((r) => r.period === '2023');
    expect(later.map((r) => r.isInForce)).toEqual([false, true]);
  });

  it('offers the newest partial-year figure only when it reaches past the latest annual one', () => {
    expect(latestSubAnnualRelease(vintagesKnownOn(rows, '2024-06-30'), 2023)?.period).toBe('2024-01..2024-02');
    expect(latestSubAnnualRelease(vintagesKnownOn(rows, '2024-03-20'), 2022)?.period).toBe('2023-01..2023-10');
    expect(latestSubAnnualRelease(vintagesKnownOn(rows, '2024-03-22'), 2023)).toBeNull();
  });
});
