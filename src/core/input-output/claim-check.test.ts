import { describe, expect, it } from 'vitest';
import { checkJobsClaim } from './claim-check';
import { buildIoModel } from './io-model';
import type { IoTable } from './io-table';
import { millerBlairTable } from './miller-blair.fixture';

/**
 * Machines (M) buy 600 of services (S) per 1000 of output; households buy 400 of S. With e(M) = 0.01
 * and e(S) = s, the Type I ratio of M is 1 + 60 s and the Type II ratio 1 + 100 s.
 */
function supplyChainTable(employmentOfServices: number): IoTable {
  return {
    products: [
      { code: 'M', name: 'Machines' },
      { code: 'S', name: 'Services' },
    ],
    flows: [
      [0, 0],
      [600, 0],
    ],
    householdConsumption: [0, 400],
    otherFinalDemand: [1000, 0],
    totalOutput: [1000, 1000],
    gva: [400, 1000],
    compensation: [300, 300],
    employment: [10, employmentOfServices],
  };
}

describe('the "8-10 related jobs per job" claim', () => {
  it('holds on the Type I basis when the supply-chain ratio is within 9-11', () => {
    const verdict = checkJobsClaim(buildIoModel(supplyChainTable(140)), ['M'], { groupLabel: 'machine building' });
    expect(verdict).toMatchObject({ holds: true, basis: 'typeI', claimedRange: [8, 10], claimedRatioRange: [9, 11] });
    expect(verdict.ratio).toBeCloseTo(9.4, 9);
    expect(verdict.jobsElsewherePerDirectJob).toBeCloseTo(8.4, 9);
    expect(verdict.typeII.ratio).toBeCloseTo(15, 9);
    expect(verdict.typeII.comparison).toBe('above');
    expect(verdict.sentence).toMatch(/^The claim of 8-10 related jobs per job \(a ratio of 9-11\) holds on this table on the Type I basis: each direct job in machine building comes with 8\.40/);
  });

  it('holds only on the Type II basis when household spending brings the ratio into 9-11', () => {
    const verdict = checkJobsClaim(buildIoModel(supplyChainTable(90)), ['M']);
    expect(verdict).toMatchObject({ holds: true, basis: 'typeII' });
    expect(verdict.typeI.ratio).toBeCloseTo(6.4, 9);
    expect(verdict.typeI.comparison).toBe('below');
    expect(verdict.ratio).toBeCloseTo(10, 9);
    expect(verdict.typeII.outsideGroupPerDirectJob).toBeCloseTo(9, 9);
    expect(verdict.sentence).toMatch(/holds on this table only on the Type II basis/);
    expect(verdict.sentence).toMatch(/each direct job in the group M comes with/);
  });

  it('does not hold when both ratios are below, and names the nearer basis', () => {
    const verdict = checkJobsClaim(buildIoModel(millerBlairTable()), ['1', '2']);
    expect(verdict.holds).toBe(false);
    expect(verdict.basis).toBe('typeII');
    expect(verdict.typeI.ratio).toBeCloseTo(1.3793103448, 9);
    expect(verdict.typeII.ratio).toBeCloseTo(2.3561921071, 9);
    expect(verdict.typeII.outsideGroupPerDirectJob).toBe(0);
    expect(verdict.sentence).toMatch(/does not hold on this table: .* below the claimed range on both bases\./);
  });

  it('does not hold when the ratios overshoot, or straddle the range', () => {
    const above = checkJobsClaim(buildIoModel(supplyChainTable(300)), ['M']);
    expect(above).toMatchObject({ holds: false, basis: 'typeI' });
    expect(above.sentence).toMatch(/above the claimed range on both bases/);
    const straddle = checkJobsClaim(buildIoModel(supplyChainTable(120)), ['M']);
    expect(straddle.holds).toBe(false);
    expect(straddle.typeI.ratio).toBeCloseTo(8.2, 9);
    expect(straddle.typeII.ratio).toBeCloseTo(13, 9);
    expect(straddle.sentence).toMatch(/the Type I ratio below and the Type II ratio above the claimed range/);
  });

  it('accepts another claimed range', () => {
    const verdict = checkJobsClaim(buildIoModel(millerBlairTable()), ['1'], { claimedRange: [0.5, 1] });
    expect(verdict.claimedRatioRange).toEqual([1.5, 2]);
    expect(verdict).toMatchObject({ holds: true, basis: 'typeI' });
  });
});
