import { describe, expect, it } from 'vitest';
import { IoRequestError } from './errors';
import { computeImpact } from './impact';
import { impactOf } from './impact-request';
import { buildIoModel } from './io-model';
import { millerBlairTable } from './miller-blair.fixture';
import { computeMultipliers } from './multipliers';
import { groupMix } from './product-group';

const model = buildIoModel(millerBlairTable());
const multipliers = computeMultipliers(model);

describe('impact of a final demand change', () => {
  it('splits output into direct (the change itself), indirect (L Δf - Δf) and induced', () => {
    const impact = computeImpact(model, [600, 1500]);
    expect(impact.totals.output.direct).toBeCloseTo(2100, 9);
    expect(impact.products[0]!.output.typeI).toBeCloseTo(1247.5247525, 6); // Miller and Blair, L [600, 1500]
    expect(impact.products[1]!.output.typeI).toBeCloseTo(1841.5841584, 6);
    expect(impact.totals.output.indirect).toBeCloseTo(1247.5247525 + 1841.5841584 - 2100, 6);
    expect(impact.totals.output.induced).toBeGreaterThan(0);
  });

  it('gives total jobs per direct job equal to the product ratios for a single product', () => {
    const report = impactOf(model, { target: { product: '2' }, amount: { finalDemand: 1000 } });
    expect(report.jobsPerDirectJob.typeI).toBeCloseTo(multipliers[1]!.employmentTypeI!, 12);
    expect(report.jobsPerDirectJob.typeII).toBeCloseTo(multipliers[1]!.employmentTypeII!, 12);
    expect(report.totals.income.typeI / report.totals.income.direct).toBeCloseTo(multipliers[1]!.incomeTypeI!, 12);
    expect(report.totals.income.total / report.totals.income.direct).toBeCloseTo(multipliers[1]!.incomeTypeII!, 12);
    expect(report.totals.output.typeI).toBeCloseTo(1000 * multipliers[1]!.outputMultiplier, 9);
  });

  it('turns N direct jobs in a product into the final demand N / e(j)', () => {
    const report = impactOf(model, { target: { product: '1' }, amount: { jobs: 100 } });
    expect(report.finalDemandTotal).toBeCloseTo(5000, 9); // e(1) = 20 / 1000
    expect(report.totals.jobs.direct).toBeCloseTo(100, 9);
    expect(report.products[0]!.jobs.typeI).toBeCloseTo(125.4125412541, 8);
    expect(report.products[1]!.jobs.typeI).toBeCloseTo(39.603960396, 8);
    expect(report.totals.jobs.total).toBeCloseTo(329.5711060948, 8);
  });

  it('spreads a group shock by the group final-demand shares of the table, or by a given mix', () => {
    const mix = groupMix(model, ['1', '2']);
    expect(mix.shares[0]).toBeCloseTo(350 / 2050, 12);
    expect(mix.source).toBe('table');
    const report = impactOf(model, { target: { group: ['1', '2'] }, amount: { jobs: 100 } });
    expect(report.totals.jobs.direct).toBeCloseTo(100, 9);
    expect(report.jobsPerDirectJob.typeI).toBeCloseTo(1.3793103448, 9);
    expect(report.jobsPerDirectJob.typeII).toBeCloseTo(2.3561921071, 9);
    const given = impactOf(model, { target: { group: ['1', '2'], mix: { '1': 3, '2': 1 } }, amount: { finalDemand: 400 } });
    expect(given.products.map((p) => p.finalDemandChange)).toEqual([300, 100]);
    expect(given.target.mixSource).toBe('given');
  });

  it('refuses unknown codes, repeated codes, bad mixes and jobs in a product without employment', () => {
    expect(() => impactOf(model, { target: { product: '9' }, amount: { jobs: 1 } })).toThrow(/no product "9"; its codes are 1, 2/);
    expect(() => groupMix(model, ['1', '1'])).toThrow(/lists "1" twice/);
    expect(() => groupMix(model, ['1'], { '2': 1 })).toThrow(/not in the group/);
    expect(() => groupMix(model, ['1', '2'], { '1': -1, '2': 1 })).toThrow(IoRequestError);
    const table = millerBlairTable();
    table.employment = [0, 60];
    expect(() => impactOf(buildIoModel(table), { target: { product: '1' }, amount: { jobs: 10 } })).toThrow(/no employment/);
  });
});
