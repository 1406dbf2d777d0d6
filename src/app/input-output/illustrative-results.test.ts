import { describe, expect, it } from 'vitest';
import { illustrativeImpactFields, illustrativeMultipliers, isClaimIllustrative } from './illustrative-results';
import { divisionOfCode, machineBuildingCodesOf } from './machine-building-group';

describe('which results rest on assumed columns', () => {
  it('marks nothing for a fully published table', () => {
    expect(illustrativeMultipliers([])).toEqual([]);
    expect(illustrativeImpactFields([], 'jobs')).toEqual([]);
    expect(isClaimIllustrative([])).toBe(false);
  });

  it('marks employment results when employment is assumed, and everything when jobs are the input', () => {
    expect(illustrativeMultipliers(['employment'])).toEqual(['employmentMultiplier', 'employmentTypeI', 'employmentTypeII']);
    expect(illustrativeImpactFields(['employment'], 'finalDemand')).toEqual(['jobs']);
    expect(illustrativeImpactFields(['employment'], 'jobs')).toEqual(['output', 'gva', 'income', 'jobs', 'induced']);
    expect(isClaimIllustrative(['employment'])).toBe(true);
  });

  it('marks Type II results when the household closure is assumed', () => {
    expect(illustrativeMultipliers(['household_consumption'])).toEqual(['employmentTypeII', 'incomeTypeII']);
    expect(illustrativeImpactFields(['household_consumption'], 'finalDemand')).toEqual(['induced']);
    expect(isClaimIllustrative(['household_consumption'])).toBe(true);
    expect(isClaimIllustrative(['gva'])).toBe(false);
  });
});

describe('machine-building products of a table', () => {
  it('reads plain divisions and section-prefixed codes, never aggregates', () => {
    expect(divisionOfCode('28')).toBe('28');
    expect(divisionOfCode('C28')).toBe('28');
    expect(divisionOfCode('CPA_C29')).toBe('29');
    expect(divisionOfCode('29-30')).toBeNull();
    expect(divisionOfCode('28.1')).toBeNull();
  });

  it('keeps the table order', () => {
    const divisions = ['25', '26', '27', '28', '29', '30', '33'];
    expect(machineBuildingCodesOf(['01', 'C33', '28', '24', '25'], divisions)).toEqual(['C33', '28', '25']);
  });
});
