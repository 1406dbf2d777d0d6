import { describe, expect, it } from 'vitest';
import { aggregateRows, computeChainedAggregate, contributionRows } from './chained-aggregate';
import { buildComponentPanel } from './component-panel';
import { monthIndex } from './period';

// The hand-computed panel of chain-link.test.ts: C = 100 in 2020, 102 in 2021, 109.14 in 2022-01.
const levels = ['A', 'B'].flatMap((key) =>
  [2020, 2021].flatMap((year) =>
    Array.from({ length: 12 }, (_, m) => ({ key, month: monthIndex(year, m + 1), level: key === 'A' ? (year === 2020 ? 100 : 110) : year === 2020 ? 50 : 45 })),
  ),
);
levels.push({ key: 'A', month: monthIndex(2022, 1), level: 121 }, { key: 'B', month: monthIndex(2022, 1), level: 45 });
const weights = [
  { key: 'A', year: 2020, weight: 60 },
  { key: 'B', year: 2020, weight: 40 },
  { key: 'A', year: 2021, weight: 70 },
  { key: 'B', year: 2021, weight: 30 },
];

describe('computeChainedAggregate', () => {
  const aggregate = computeChainedAggregate(buildComponentPanel(levels, weights), { referenceYear: 2021, contributionMethod: 'annual_overlap' });

  it('produces rows up to the last month with data, re-referenced', () => {
    const rows = aggregateRows(aggregate);
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual({ period: '2020-01', level: expect.closeTo(10000 / 102, 9), mom: null, yoy: null, ytd: null });
    expect(rows[24]!.period).toBe('2022-01');
    expect(rows[24]!.level).toBeCloseTo(10914 / 102, 9);
    expect(rows[24]!.yoy).toBeCloseTo(107, 9); // 109.14 / 102
    expect(rows[24]!.ytd).toBeCloseTo(107, 9);
    expect(rows[12]!.yoy).toBeCloseTo(102, 9);
    expect(rows[12]!.mom).toBeCloseTo(102, 9);
  });

  it('lists contributions from the second year on, rounded when asked', () => {
    const rows = contributionRows(aggregate, { decimals: 2 });
    expect(rows).toHaveLength(26);
    expect(rows[0]).toEqual({ key: 'A', period: '2021-01', yoyPoints: 6 });
    expect(rows[1]).toEqual({ key: 'B', period: '2021-01', yoyPoints: -4 });
    expect(rows.slice(-2)).toEqual([
      { key: 'A', period: '2022-01', yoyPoints: 7 }, // A +10% with weight 0.7
      { key: 'B', period: '2022-01', yoyPoints: 0 }, // B unchanged
    ]);
  });
});
