import { describe, expect, it } from 'vitest';
import { attainment, multipleFromAnnualIndices, requiredAnnualRate, requiredRateFromNow } from './target-rates';
import { roundHalfAwayFromZero } from './rounding';

const percent = (rate: number | null) => (rate === null ? null : roundHalfAwayFromZero(rate * 100, 1));

describe('DOMAIN.md section 7 targets example', () => {
  it('base 2022 and a 2023 index of 125.4%: x2.2 by 2028 needs 11.9% a year in 2024-2028', () => {
    const multipleSoFar = multipleFromAnnualIndices([125.4]);
    expect(multipleSoFar).toBeCloseTo(1.254, 12);
    const rate = requiredRateFromNow({ multiple: 2.2, baseValue: 1, currentValue: multipleSoFar, currentYear: 2023, targetYear: 2028 });
    expect(rate).toBeCloseTo((2.2 / 1.254) ** (1 / 5) - 1, 12);
    expect(percent(rate)).toBe(11.9);
  });

  it('base 2023: 2.2^(1/5) - 1 = 17.1% a year', () => {
    expect(percent(requiredAnnualRate(2.2, 2023, 2028))).toBe(17.1);
  });
});

describe('target rates', () => {
  it('compounds annual indices into a multiple', () => {
    expect(multipleFromAnnualIndices([110, 120, 90])).toBeCloseTo(1.1 * 1.2 * 0.9, 12);
    expect(multipleFromAnnualIndices([])).toBe(1);
  });
  it('has no rate from now once the target year is reached', () => {
    expect(requiredRateFromNow({ multiple: 2, baseValue: 1, currentValue: 1.5, currentYear: 2028, targetYear: 2028 })).toBeNull();
  });
  it('measures attainment in log terms', () => {
    const result = attainment(100, 200, 4);
    expect(result.multipleSoFar).toBe(2);
    expect(result.remainingMultiple).toBe(2);
    expect(result.shareOfGrowth).toBeCloseTo(0.5, 12);
    expect(attainment(100, 100, 1).shareOfGrowth).toBeNull();
  });
});
