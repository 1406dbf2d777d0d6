import { describe, expect, it } from 'vitest';
import { buildComponentPanel, describePanelGap, findPanelGaps, findYearGaps, type ComponentLevel, type ComponentWeight } from './component-panel';
import { chainLink, findChainBaseYear, rereferenceChain } from './chain-link';
import { contributionsToYearOnYear } from './contributions';
import { monthIndex } from './period';
import { StatsInputError } from './errors';

// Hand-computed example. Branch A: 100 every month of 2020, 110 in 2021, 121 in January 2022.
// Branch B: 50 in 2020, 45 in 2021, 45 in January 2022. GVA 2020: A 60, B 40; 2021: A 70, B 30.
//   2020 (base): C = 100 * (0.6 * 100/100 + 0.4 * 50/50) = 100, Cbar = 100
//   2021: T_A = 100 * 0.6 * 110/100 = 66, T_B = 100 * 0.4 * 45/50 = 36, C = 102, Cbar = 102
//   2022-01: T_A = 102 * 0.7 * 121/110 = 78.54, T_B = 102 * 0.3 * 45/45 = 30.6, C = 109.14
function months(key: string, year: number, count: number, level: number): ComponentLevel[] {
  return Array.from({ length: count }, (_, m) => ({ key, month: monthIndex(year, m + 1), level }));
}
const levels: ComponentLevel[] = [
  ...months('A', 2020, 12, 100),
  ...months('A', 2021, 12, 110),
  ...months('A', 2022, 1, 121),
  ...months('B', 2020, 12, 50),
  ...months('B', 2021, 12, 45),
  ...months('B', 2022, 1, 45),
];
const weights: ComponentWeight[] = [
  { key: 'A', year: 2020, weight: 60 },
  { key: 'B', year: 2020, weight: 40 },
  { key: 'A', year: 2021, weight: 70 },
  { key: 'B', year: 2021, weight: 30 },
];

describe('chainLink', () => {
  const panel = buildComponentPanel(levels, weights);
  const chain = chainLink(panel);

  it('takes the first complete year as its own base', () => {
    expect(chain.baseYear).toBe(2020);
    expect(chain.referenceYear).toBe(2020);
    expect(chain.annualMeans[0]).toBeCloseTo(100, 12);
  });

  it('links each year with last year weights and monthly averages', () => {
    expect(chain.levels[12]).toBeCloseTo(102, 12);
    expect(chain.annualMeans[1]).toBeCloseTo(102, 12);
    expect(chain.levels[24]).toBeCloseTo(109.14, 12);
    expect(chain.terms[0]![24]).toBeCloseTo(78.54, 12);
    expect(chain.terms[1]![24]).toBeCloseTo(30.6, 12);
    expect(chain.levels[25]).toBeNaN(); // February 2022 not yet observed
  });

  it('re-references to another complete year', () => {
    const rereferenced = rereferenceChain(chain, 2021);
    expect(rereferenced.referenceYear).toBe(2021);
    expect(rereferenced.levels[0]).toBeCloseTo(10000 / 102, 12);
    expect(rereferenced.levels[24]).toBeCloseTo(10914 / 102, 12);
    expect(() => rereferenceChain(chain, 2022)).toThrow(StatsInputError);
    expect(() => rereferenceChain(chain, 2019)).toThrow(/reference year 2019/);
  });

  it('splits the yoy change at the annual overlap when asked, giving a flat branch zero', () => {
    const points = contributionsToYearOnYear(chain, 'annual_overlap');
    // First linked year: 100 * (66 - 60) / 100 and 100 * (36 - 40) / 100.
    expect(points[0]![12]).toBeCloseTo(6, 12);
    expect(points[1]![12]).toBeCloseTo(-4, 12);
    // 2022-01 at the annual overlap. A: (78.54 - 102 * 0.7) + (66 - 66) = 7.14 -> 7.14 / 102 = 7 points
    // (A grew 10% with weight 0.7); B: (30.6 - 102 * 0.3) + (36 - 36) = 0 (B's volume did not change).
    expect(points[0]![24]).toBeCloseTo(7, 12);
    expect(points[1]![24]).toBeCloseTo(0, 12);
    expect(points[0]![24]! + points[1]![24]!).toBeCloseTo((100 * 109.14) / 102 - 100, 12);
    expect(points[0]![11]).toBeNaN();
  });

  it('uses the DOMAIN.md term difference by default, which credits a flat branch with re-weighting', () => {
    const points = contributionsToYearOnYear(chain);
    expect(points[0]![12]).toBeCloseTo(6, 12); // the methods coincide in the first linked year
    expect(points[1]![12]).toBeCloseTo(-4, 12);
    expect(points[0]![24]).toBeCloseTo((100 * (78.54 - 66)) / 102, 12); // 12.29
    expect(points[1]![24]).toBeCloseTo((100 * (30.6 - 36)) / 102, 12); // -5.29 for an unchanged volume
    expect(points[0]![24]! + points[1]![24]!).toBeCloseTo(7, 12);
  });
});

describe('base year and gaps', () => {
  it('skips years without weights or with a missing month', () => {
    const panel = buildComponentPanel(
      [...months('A', 2019, 11, 90), ...levels],
      weights,
    );
    expect(panel.firstYear).toBe(2019);
    expect(findChainBaseYear(panel)).toBe(2020);
    expect(chainLink(panel).levels[12]).toBeCloseTo(102, 12);
  });

  it('reports missing levels and weights the chain would need', () => {
    const panel = buildComponentPanel(
      levels.filter((p) => !(p.key === 'B' && p.month === monthIndex(2021, 5))),
      weights.filter((w) => !(w.key === 'A' && w.year === 2021)),
    );
    const gaps = findPanelGaps(panel, 2020);
    expect(findYearGaps(panel, 2021).map((gap) => describePanelGap(gap, 'branch'))).toEqual(['branch "A" has no weight for 2021', 'branch "B" has no level for 2021-05']);
    expect(gaps.map((gap) => describePanelGap(gap))).toEqual(['component "A" has no weight for 2021', 'component "B" has no level for 2021-05']);
  });

  it('fails clearly when no year is complete', () => {
    const panel = buildComponentPanel(levels, [{ key: 'A', year: 2020, weight: 1 }]);
    expect(findChainBaseYear(panel)).toBeNull();
    expect(() => chainLink(panel)).toThrow(/no year has 12 monthly levels/);
  });
});
