import { describe, expect, it } from 'vitest';
import { aggregateFixedBase } from './fixed-base';
import { deriveMonthlyIndices } from './derived-indices';
import { roundHalfAwayFromZero } from './rounding';
import { monthIndex } from './period';

// Rosstat's worked example (DOMAIN.md section 7): two branches with base-year GVA 638392 and 43545.
// Their "computed values" GVA_base * index / 100 for the same month last year, the previous month
// and the current month are given; the branch indices are recovered from them.
const gva = [638392, 43545];
const computed = [
  [769119, 772142, 783395],
  [43850, 47333, 44111],
];
const branchIndices = computed.map((values, k) => values.map((value) => (100 * value) / gva[k]!));

describe('aggregateFixedBase on the Rosstat example', () => {
  const levels = aggregateFixedBase(branchIndices, gva);

  it('gives the published aggregate levels 119.2, 120.2, 121.3', () => {
    expect(Array.from(levels, (v) => roundHalfAwayFromZero(v, 1))).toEqual([119.2, 120.2, 121.3]);
    // The level is the sum of computed values over the sum of base GVA.
    expect(levels[2]).toBeCloseTo((100 * (783395 + 44111)) / (638392 + 43545), 10);
  });

  // Place the three levels in a monthly series: October 2022, September 2023, October 2023.
  const monthly = new Float64Array(13).fill(Number.NaN);
  monthly[0] = levels[0]!;
  monthly[11] = levels[1]!;
  monthly[12] = levels[2]!;
  const series = { start: monthIndex(2022, 10), values: monthly };

  it('gives month on month 100.9 and year on year 101.8 from levels rounded to one decimal', () => {
    const derived = deriveMonthlyIndices(series, { levelDecimals: 1 });
    expect(roundHalfAwayFromZero(derived.mom[12]!, 1)).toBe(100.9);
    expect(roundHalfAwayFromZero(derived.yoy[12]!, 1)).toBe(101.8);
    expect(derived.mom[12]).toBeCloseTo((100 * 121.3) / 120.2, 12);
  });

  it('gives month on month 100.98 from unrounded levels', () => {
    const derived = deriveMonthlyIndices(series);
    expect(roundHalfAwayFromZero(derived.mom[12]!, 2)).toBe(100.98);
    expect(derived.mom[12]).toBeCloseTo((100 * (783395 + 44111)) / (772142 + 47333), 10);
  });

  it('rejects mismatched inputs', () => {
    expect(() => aggregateFixedBase(branchIndices, [1])).toThrow(/every component/);
    expect(() => aggregateFixedBase([[1, 2], [1]], [1, 1])).toThrow(/same periods/);
  });
});
