import { describe, expect, it } from 'vitest';
import { NonProductiveTableError } from './errors';
import { buildIoModel } from './io-model';
import { closeForHouseholds, leontiefInverse, technicalCoefficients } from './leontief';
import { matrixFromRows, matrixToRows, multiplyMatrixVector } from './matrix';
import { millerBlairTable } from './miller-blair.fixture';
import { computeMultipliers } from './multipliers';

describe('Leontief inverse: Miller and Blair, ch. 2 (DOMAIN.md section 7)', () => {
  const model = buildIoModel(millerBlairTable());

  it('gives A = [[0.15, 0.25], [0.20, 0.05]]', () => {
    const a = matrixToRows(model.coefficients);
    [
      [0.15, 0.25],
      [0.2, 0.05],
    ].forEach((row, i) => row.forEach((value, j) => expect(a[i]![j]).toBeCloseTo(value, 12)));
  });

  it('gives L to 1e-7', () => {
    const l = matrixToRows(model.leontief);
    [
      [1.2541254, 0.330033],
      [0.2640264, 1.1221122],
    ].forEach((row, i) => row.forEach((value, j) => expect(Math.abs(l[i]![j]! - value)).toBeLessThan(1e-7)));
  });

  it('gives output multipliers 1.5182 and 1.4521', () => {
    const multipliers = computeMultipliers(model).map((m) => m.outputMultiplier);
    expect(multipliers[0]!.toFixed(4)).toBe('1.5182');
    expect(multipliers[1]!.toFixed(4)).toBe('1.4521');
  });

  it('gives L * [600, 1500] = [1247.52, 1841.58]', () => {
    const x = multiplyMatrixVector(model.leontief, [600, 1500]);
    expect(x[0]!.toFixed(2)).toBe('1247.52');
    expect(x[1]!.toFixed(2)).toBe('1841.58');
  });
});

describe('productivity', () => {
  it('rejects a singular I - A with a sentence that says why', () => {
    // Product 1 uses exactly its own output: I - A has a zero row and column.
    const a = matrixFromRows([
      [1, 0],
      [0.2, 0.1],
    ]);
    expect(() => leontiefInverse(a, { labels: ['steel', 'coal'] })).toThrow(/not productive: I - A is singular.*column "steel" \(1\.2\)/);
    try {
      leontiefInverse(a);
    } catch (error) {
      expect(error).toBeInstanceOf(NonProductiveTableError);
      expect((error as NonProductiveTableError).details).toMatchObject({ model: 'open', reason: 'singular' });
    }
  });

  it('rejects a table whose inverse has negative entries', () => {
    // Column sums above 1: each unit of output uses more than a unit of inputs.
    const a = matrixFromRows([
      [0.6, 0.7],
      [0.7, 0.6],
    ]);
    expect(() => leontiefInverse(a, { labels: ['a', 'b'] })).toThrow(NonProductiveTableError);
    expect(() => leontiefInverse(a, { labels: ['a', 'b'] })).toThrow(/negative entry at \("a", "b"\) = -2\.12.*column "a" \(1\.3\), "b" \(1\.3\)/);
  });

  it('rejects a closed model in which household spending feeds on itself', () => {
    const table = millerBlairTable();
    table.householdConsumption = [350, 1700];
    table.otherFinalDemand = [0, 0];
    table.compensation = [650, 1400]; // all value added is wages, and all of it is spent at home
    expect(() => buildIoModel(table)).toThrow(/closed for households is not productive/);
  });

  it('builds A column by column from the flows and outputs', () => {
    const a = technicalCoefficients(matrixFromRows([[10, 20], [30, 40]]), [100, 200]);
    expect(matrixToRows(a)).toEqual([
      [0.1, 0.1],
      [0.3, 0.2],
    ]);
  });

  it('borders A with the income row and the consumption column and a zero corner', () => {
    const closed = closeForHouseholds(matrixFromRows([[0.1, 0.2], [0.3, 0.4]]), [0.5, 0.6], [0.7, 0.8]);
    expect(matrixToRows(closed)).toEqual([
      [0.1, 0.2, 0.7],
      [0.3, 0.4, 0.8],
      [0.5, 0.6, 0],
    ]);
  });
});
