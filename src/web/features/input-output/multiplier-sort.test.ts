import { describe, expect, it } from 'vitest';
import type { ProductMultipliers } from '../../../contracts/api/input-output';
import { nextSort, sortMultipliers } from './multiplier-sort';
import { parseAmount } from './io-format';

function row(code: string, outputMultiplier: number, employmentTypeI: number | null): ProductMultipliers {
  return {
    code,
    name: code,
    outputMultiplier,
    gvaMultiplier: 0,
    employmentMultiplier: 0,
    employmentTypeI,
    employmentTypeII: null,
    incomeTypeI: null,
    incomeTypeII: null,
    employmentCoefficient: 0,
    incomeCoefficient: 0,
    incomeMultiplier: 0,
  };
}

const rows = [row('10', 1.2, 2), row('2', 1.5, null), row('1', 1.4, 3)];

describe('sorting multipliers', () => {
  it('keeps table order without a sort', () => {
    expect(sortMultipliers(rows, null).map((r) => r.code)).toEqual(['10', '2', '1']);
  });

  it('sorts codes as numbers would read', () => {
    expect(sortMultipliers(rows, { column: 'code', direction: 'ascending' }).map((r) => r.code)).toEqual(['1', '2', '10']);
  });

  it('sorts figures both ways, with missing ratios last', () => {
    expect(sortMultipliers(rows, { column: 'employmentTypeI', direction: 'descending' }).map((r) => r.code)).toEqual(['1', '10', '2']);
    expect(sortMultipliers(rows, { column: 'employmentTypeI', direction: 'ascending' }).map((r) => r.code)).toEqual(['10', '1', '2']);
  });

  it('starts figures descending and codes ascending, then toggles', () => {
    expect(nextSort(null, 'outputMultiplier')).toEqual({ column: 'outputMultiplier', direction: 'descending' });
    expect(nextSort(null, 'code')).toEqual({ column: 'code', direction: 'ascending' });
    expect(nextSort({ column: 'code', direction: 'ascending' }, 'code').direction).toBe('descending');
  });
});

describe('reading a typed amount', () => {
  it('takes a dot or a comma as decimal separator and spaces between thousands', () => {
    expect(parseAmount('1 500,5')).toBe(1500.5);
    expect(parseAmount('1500.5')).toBe(1500.5);
    expect(parseAmount('-20')).toBe(-20);
    expect(parseAmount('1\u00a0000')).toBe(1000);
  });

  it('refuses text that is not one number', () => {
    for (const text of ['', 'abc', '1,500.5', '1e3', '12-3']) expect(parseAmount(text)).toBeNull();
  });
});
