import { describe, expect, it } from 'vitest';
import { checkImpliedDeflator, checkMetadata, checkPlanConsistency, checkProductivityIdentity } from './consistency-checks';
import type { PlanIndicatorSpec } from './plan-indicator';

// The machine-building plan's public targets: GVA x4.5, PVI x2.2, productivity x1.9 (draft), by 2028.
// Neither the base year nor the price basis of GVA is published.
const gva: PlanIndicatorSpec = { code: 'GVA', role: 'nominal_gva', priceBasis: null, currency: null, baseYear: null, targetMultiple: 4.5, targetYear: 2028 };
const pvi: PlanIndicatorSpec = { code: 'PVI', role: 'volume', priceBasis: 'volume_index', currency: null, baseYear: null, targetMultiple: 2.2, targetYear: 2028 };
const productivity: PlanIndicatorSpec = { code: 'LP', role: 'productivity', priceBasis: 'constant_prices', currency: 'KZT', baseYear: 2022, targetMultiple: 1.9, targetYear: 2028 };

describe('checkImpliedDeflator', () => {
  it('GVA x4.5 against PVI x2.2 from 2022 means prices x2.045, +12.7% a year', () => {
    const check = checkImpliedDeflator(gva, pvi, { assumedBaseYear: 2022 });
    const expectedMultiple = 4.5 / 2.2; // 2.04545...
    expect(check.result.deflatorMultiple).toBeCloseTo(expectedMultiple, 12);
    // Six years 2022 -> 2028: 2.04545^(1/6) = exp(0.715620 / 6) = 1.12667
    expect(check.result.annualRate).toBeCloseTo(Math.exp(Math.log(expectedMultiple) / 6) - 1, 12);
    expect(check.result.annualRate as number).toBeCloseTo(0.12667, 4);
    expect(check.arithmetic).toBe('4.5 / 2.2 = 2.045; 2.045^(1/6) - 1 = 12.7%');
    expect(check.verdict).toBe('warning'); // above the default 10% ceiling
    expect(check.assumptions).toEqual([
      'GVA is taken to be in current prices (its price basis is not stated)',
      'no base year is stated; 2022 is assumed',
    ]);
  });

  it('from 2023 the same multiples need 15.4% a year', () => {
    const check = checkImpliedDeflator(gva, pvi, { assumedBaseYear: 2023, maxAnnualPriceGrowth: 0.2 });
    expect(check.result.annualRate as number).toBeCloseTo((4.5 / 2.2) ** (1 / 5) - 1, 12);
    expect(check.arithmetic).toContain('= 15.4%');
    expect(check.verdict).toBe('ok');
  });

  it('fails without any base year', () => {
    const check = checkImpliedDeflator(gva, pvi);
    expect(check.result.annualRate).toBeNull();
    expect(check.verdict).toBe('fail');
  });
});

describe('checkProductivityIdentity', () => {
  it('without an employment target shows the implied employment multiple 2.2 / 1.9', () => {
    const check = checkProductivityIdentity(productivity, pvi, null);
    expect(check.result.impliedEmploymentMultiple).toBeCloseTo(1.157894737, 8);
    expect(check.verdict).toBe('info');
    expect(check.arithmetic).toBe('2.2 / 1.9 = 1.158');
  });
  it('with an employment target compares stated and implied productivity', () => {
    const employment: PlanIndicatorSpec = { code: 'EMP', role: 'employment', priceBasis: 'not_applicable', currency: null, baseYear: 2022, targetMultiple: 1.0, targetYear: 2028 };
    const check = checkProductivityIdentity(productivity, pvi, employment);
    expect(check.result.impliedProductivityMultiple).toBeCloseTo(2.2, 12);
    expect(check.result.discrepancy as number).toBeCloseTo(1.9 / 2.2 - 1, 12);
    expect(check.verdict).toBe('warning');
    const agreeing = checkProductivityIdentity(productivity, pvi, { ...employment, targetMultiple: 2.2 / 1.9 });
    expect(agreeing.verdict).toBe('ok');
  });
});

describe('checkMetadata and checkPlanConsistency', () => {
  it('names what each indicator fails to state', () => {
    expect(checkMetadata(gva)?.result.missing).toEqual(['price basis', 'currency', 'base year']);
    expect(checkMetadata(pvi)?.result.missing).toEqual(['base year']); // a volume index has no currency
    expect(checkMetadata(productivity)).toBeNull();
  });
  it('runs every check for a plan', () => {
    const checks = checkPlanConsistency([gva, pvi, productivity], { assumedBaseYear: 2022 });
    expect(checks.map((c) => `${c.kind}:${c.indicators.join('+')}`)).toEqual([
      'missing_metadata:GVA',
      'missing_metadata:PVI',
      'implied_deflator:GVA+PVI',
      'productivity_identity:LP+PVI',
    ]);
  });
});
