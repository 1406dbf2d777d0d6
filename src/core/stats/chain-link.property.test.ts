import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildComponentPanel, type ComponentLevel, type ComponentWeight } from './component-panel';
import { chainLink } from './chain-link';
import { contributionsToYearOnYear } from './contributions';
import { deriveMonthlyIndices } from './derived-indices';
import { aggregateFixedBase } from './fixed-base';
import { monthIndex } from './period';

const FIRST_YEAR = 2015;
const level = fc.double({ min: 1, max: 1000, noNaN: true, noDefaultInfinity: true });
const weight = fc.double({ min: 0.01, max: 1000, noNaN: true, noDefaultInfinity: true });

/** Components x years of monthly levels (the last year may be partial) and a weight per year. */
const panelInput = fc
  .record({ components: fc.integer({ min: 1, max: 5 }), years: fc.integer({ min: 2, max: 5 }), lastMonths: fc.integer({ min: 1, max: 12 }) })
  .chain(({ components, years, lastMonths }) => {
    const months = (years - 1) * 12 + lastMonths;
    return fc.record({
      levels: fc.array(fc.array(level, { minLength: months, maxLength: months }), { minLength: components, maxLength: components }),
      weights: fc.array(fc.array(weight, { minLength: years, maxLength: years }), { minLength: components, maxLength: components }),
    });
  });

function toPanel(levels: number[][], weights: number[][]) {
  const levelPoints: ComponentLevel[] = levels.flatMap((series, k) =>
    series.map((value, t) => ({ key: `k${k}`, month: monthIndex(FIRST_YEAR, 1) + t, level: value })),
  );
  const weightPoints: ComponentWeight[] = weights.flatMap((series, k) =>
    series.map((value, y) => ({ key: `k${k}`, year: FIRST_YEAR + y, weight: value })),
  );
  return buildComponentPanel(levelPoints, weightPoints);
}

describe('chain-linking laws', () => {
  it('contributions of all components add up to the aggregate year-on-year change', () => {
    fc.assert(
      fc.property(panelInput, ({ levels, weights }) => {
        const chain = chainLink(toPanel(levels, weights));
        const yoy = deriveMonthlyIndices({ start: monthIndex(chain.baseYear, 1), values: chain.levels }).yoy;
        for (const method of ['annual_overlap', 'term_difference'] as const) {
          const points = contributionsToYearOnYear(chain, method);
          for (let t = 12; t < levels[0]!.length; t++) {
            let sum = 0;
            for (const component of points) sum += component[t]!;
            expect(sum).toBeCloseTo(yoy[t]! - 100, 8);
          }
        }
      }),
    );
  });

  it('gives zero to a component whose volume does not change, whatever the weights', () => {
    fc.assert(
      fc.property(panelInput, fc.double({ min: 1, max: 1000, noNaN: true }), ({ levels, weights }, flat) => {
        const withFlat = [...levels, levels[0]!.map(() => flat)];
        const chain = chainLink(toPanel(withFlat, [...weights, weights[0]!.map((w) => w * 1.5)]));
        const points = contributionsToYearOnYear(chain, 'annual_overlap');
        for (let t = 12; t < withFlat[0]!.length; t++) expect(points[withFlat.length - 1]![t]).toBeCloseTo(0, 9);
      }),
    );
  });

  it('equals the fixed-base index when weights follow volumes at unchanged relative prices', () => {
    const input = fc
      .record({ components: fc.integer({ min: 1, max: 5 }), years: fc.integer({ min: 2, max: 5 }) })
      .chain(({ components, years }) =>
        fc.record({
          levels: fc.array(fc.array(level, { minLength: years * 12, maxLength: years * 12 }), { minLength: components, maxLength: components }),
          baseWeights: fc.array(weight, { minLength: components, maxLength: components }),
        }),
      );
    fc.assert(
      fc.property(input, ({ levels, baseWeights }) => {
        const years = levels[0]!.length / 12;
        const average = (series: number[], y: number) => series.slice(y * 12, y * 12 + 12).reduce((a, b) => a + b, 0) / 12;
        // GVA of year y at unchanged relative prices: the base-year GVA moved by the branch's volume.
        const weights = levels.map((series, k) =>
          Array.from({ length: years }, (_, y) => (baseWeights[k]! * average(series, y)) / average(series, 0)),
        );
        const chain = chainLink(toPanel(levels, weights));
        // Fixed base: each branch on base-year average = 100, aggregated with base-year weights.
        const rebased = levels.map((series) => series.map((value) => (100 * value) / average(series, 0)));
        const fixed = aggregateFixedBase(rebased, baseWeights);
        for (let t = 0; t < fixed.length; t++) {
          expect(chain.levels[t]! / fixed[t]!).toBeCloseTo(1, 10);
        }
      }),
    );
  });
});
