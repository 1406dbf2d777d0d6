import { describe, expect, it } from 'vitest';
import { buildIoModel } from './io-model';
import { millerBlairTable } from './miller-blair.fixture';
import { computeMultipliers } from './multipliers';

// Expected values computed independently (numpy) from the same table: Lbar = inv(I - Abar) with
// Abar = [[A, c / sum(compensation)], [h, 0]].
describe('multipliers of the Miller and Blair table with the illustrative additions', () => {
  const [one, two] = computeMultipliers(buildIoModel(millerBlairTable()));

  it('gives output and GVA multipliers (GVA = x - inputs, so every GVA multiplier is 1)', () => {
    expect(one!.outputMultiplier).toBeCloseTo(1.5181518152, 9);
    expect(two!.outputMultiplier).toBeCloseTo(1.4521452145, 9);
    expect(one!.gvaMultiplier).toBeCloseTo(1, 12);
    expect(two!.gvaMultiplier).toBeCloseTo(1, 12);
  });

  it('gives employment multipliers and Type I and Type II employment ratios', () => {
    expect(one!.employmentMultiplier).toBeCloseTo(0.0330033003, 9);
    expect(two!.employmentMultiplier).toBeCloseTo(0.0402640264, 9);
    expect(one!.employmentTypeI).toBeCloseTo(1.6501650165, 9);
    expect(two!.employmentTypeI).toBeCloseTo(1.3421342134, 9);
    expect(one!.employmentTypeII).toBeCloseTo(3.2957110609, 9);
    expect(two!.employmentTypeII).toBeCloseTo(2.2272385252, 9);
  });

  it('gives Type I and Type II income multipliers', () => {
    expect(one!.incomeTypeI).toBeCloseTo(1.4521452145, 9);
    expect(two!.incomeTypeI).toBeCloseTo(1.5621562156, 9);
    expect(one!.incomeTypeII).toBeCloseTo(2.4830699774, 9);
    expect(two!.incomeTypeII).toBeCloseTo(2.6711813394, 9);
    expect(one!.incomeMultiplier).toBeCloseTo(0.4 * 1.4521452145, 9);
  });

  it('keeps the table order, codes and names', () => {
    expect([one!.code, two!.code, one!.name]).toEqual(['1', '2', 'Sector 1']);
  });
});

describe('ratios without a direct effect', () => {
  it('are null, not Infinity, when a product has no employment or no labour income', () => {
    const table = millerBlairTable();
    table.employment = [0, 60];
    table.compensation = [0, 600];
    const [one, two] = computeMultipliers(buildIoModel(table));
    expect(one!.employmentTypeI).toBeNull();
    expect(one!.employmentTypeII).toBeNull();
    expect(one!.incomeTypeI).toBeNull();
    expect(one!.incomeTypeII).toBeNull();
    expect(one!.employmentMultiplier).toBeGreaterThan(0); // it still buys from product 2, which employs
    expect(two!.employmentTypeI).not.toBeNull();
  });
});
