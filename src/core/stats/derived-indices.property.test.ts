import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annualIndices, deriveMonthlyIndices } from './derived-indices';
import { monthIndex } from './period';

describe('derived index laws', () => {
  it('year to date for December equals the annual index (ratio of the two years totals)', () => {
    const level = fc.double({ min: 0.5, max: 500, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.array(level, { minLength: 48, maxLength: 48 }), (years, values) => {
        const series = { start: monthIndex(2018, 1), values: Float64Array.from(values.slice(0, years * 12)) };
        const derived = deriveMonthlyIndices(series);
        const annual = annualIndices(series);
        expect(annual).toHaveLength(years - 1);
        annual.forEach(({ year, index }, i) => {
          const december = (year - 2018) * 12 + 11;
          expect(derived.ytd[december]).toBe(index);
          const total = (y: number) => values.slice(y * 12, y * 12 + 12).reduce((a, b) => a + b, 0);
          expect(index).toBeCloseTo((100 * total(i + 1)) / total(i), 8);
        });
      }),
    );
  });
});
