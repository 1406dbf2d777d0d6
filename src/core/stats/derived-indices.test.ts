import { describe, expect, it } from 'vitest';
import { annualIndices, deriveMonthlyIndices, derivedIndexRows, monthlySeriesFromPoints, rebaseToYear } from './derived-indices';
import { monthIndex, parseMonth } from './period';

function series(startYear: number, startMonth: number, values: number[]) {
  return { start: monthIndex(startYear, startMonth), values: Float64Array.from(values) };
}

describe('deriveMonthlyIndices', () => {
  // 2022: 50, 100, 150, then 2023: 60, 100, 150 (two Januaries and Marches apart by 12 months).
  const levels = [50, 100, 150, 80, 80, 80, 80, 80, 80, 80, 80, 80, 60, 100, 150];
  const derived = deriveMonthlyIndices(series(2022, 1, levels));

  it('computes month on month and year on year as ratios of levels', () => {
    expect(derived.mom[1]).toBeCloseTo(200, 12); // 100 / 50
    expect(derived.mom[12]).toBeCloseTo(75, 12); // 60 / 80
    expect(derived.yoy[12]).toBeCloseTo(120, 12); // 60 / 50
    expect(derived.yoy[13]).toBeCloseTo(100, 12);
  });

  it('computes year to date as the ratio of cumulated volumes, not the mean of the monthly rates', () => {
    // (60 + 100 + 150) / (50 + 100 + 150) = 310 / 300
    expect(derived.ytd[14]).toBeCloseTo((100 * 310) / 300, 12);
    const meanOfRates = (120 + 100 + 100) / 3;
    expect(Math.abs(derived.ytd[14]! - meanOfRates)).toBeGreaterThan(3);
  });

  it('leaves undefined indices as NaN and as null in rows', () => {
    expect(derived.mom[0]).toBeNaN();
    expect(derived.yoy[11]).toBeNaN();
    expect(derived.ytd[11]).toBeNaN();
    const rows = derivedIndexRows(derived);
    expect(rows[0]).toEqual({ period: '2022-01', level: 50, mom: null, yoy: null, ytd: null });
    expect(rows[14]!.period).toBe('2023-03');
    expect(rows[14]!.ytd).toBeCloseTo(103.3333333, 6);
  });

  it('rounds indices for display only when asked', () => {
    const rows = derivedIndexRows(derived, { decimals: 1 });
    expect(rows[14]!.ytd).toBe(103.3);
    expect(rows[14]!.level).toBe(150);
  });

  it('breaks year to date after a missing month and before a complete January..M of last year', () => {
    const withGap = [...levels];
    withGap[13] = Number.NaN;
    const gapped = deriveMonthlyIndices(series(2022, 1, withGap));
    expect(gapped.ytd[14]).toBeNaN();
    expect(gapped.mom[14]).toBeNaN();
    expect(gapped.yoy[14]).toBeCloseTo(100, 12);
    // A series starting in March 2022 has no January..March 2022, so no year to date for 2023-03.
    const late = deriveMonthlyIndices(series(2022, 3, levels.slice(2)));
    expect(late.ytd[12]).toBeNaN();
    expect(late.yoy[12]).toBeCloseTo(100, 12);
  });
});

describe('annualIndices', () => {
  it('equals the ratio of the two years totals', () => {
    const y1 = [100, 102, 104, 103, 105, 107, 106, 108, 110, 111, 112, 115];
    const y2 = y1.map((v, i) => v * (1.05 + i / 100));
    const result = annualIndices(series(2021, 1, [...y1, ...y2]));
    const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(result).toHaveLength(1);
    expect(result[0]!.year).toBe(2022);
    expect(result[0]!.index).toBeCloseTo((100 * total(y2)) / total(y1), 10);
  });
});

describe('monthlySeriesFromPoints and rebaseToYear', () => {
  it('fills gaps with NaN in month order', () => {
    const s = monthlySeriesFromPoints([
      { month: parseMonth('2023-03'), level: 3 },
      { month: parseMonth('2023-01'), level: 1 },
    ]);
    expect(s.start).toBe(parseMonth('2023-01'));
    expect(Array.from(s.values)).toEqual([1, Number.NaN, 3]);
  });
  it('makes the chosen year average 100', () => {
    const values = Array.from({ length: 24 }, (_, i) => 50 + i);
    const rebased = rebaseToYear(series(2020, 1, values), 2021);
    const mean2021 = rebased.values.slice(12).reduce((a, b) => a + b, 0) / 12;
    expect(mean2021).toBeCloseTo(100, 12);
    expect(rebased.values[0]).toBeCloseTo((50 * 100) / 67.5, 12);
  });
});
