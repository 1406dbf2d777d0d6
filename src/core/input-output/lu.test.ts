import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invertMatrix, luDecompose, SingularMatrixError, solveLinearSystem } from './lu';
import { createMatrix, identityMatrix, matrixFromRows, multiplyMatrices, type Matrix } from './matrix';

function maxDeviationFromIdentity(m: Matrix): number {
  const identity = identityMatrix(m.rows);
  let max = 0;
  for (let k = 0; k < m.data.length; k++) max = Math.max(max, Math.abs(m.data[k]! - identity.data[k]!));
  return max;
}

describe('LU decomposition with partial pivoting', () => {
  it('solves a system that needs a row swap (zero in the first pivot position)', () => {
    const m = matrixFromRows([
      [0, 2, 1],
      [1, 1, 1],
      [2, 1, 0],
    ]);
    const x = solveLinearSystem(m, [5, 4, 4]);
    expect(Array.from(x).map((v) => Number(v.toFixed(12)))).toEqual([1, 2, 1]);
    expect(Array.from(luDecompose(m).pivots)).not.toEqual([0, 1, 2]);
  });

  it('inverts a matrix: M M^-1 = I', () => {
    const m = matrixFromRows([
      [4, 7],
      [2, 6],
    ]);
    const inverse = invertMatrix(m);
    expect(Array.from(inverse.data)).toEqual([0.6, -0.7, -0.2, 0.4].map((v) => expect.closeTo(v, 14)));
    expect(maxDeviationFromIdentity(multiplyMatrices(m, inverse))).toBeLessThan(1e-14);
  });

  it('detects a singular matrix by its pivot, whatever the scale of the entries', () => {
    const singular = matrixFromRows([
      [1, 2, 3],
      [2, 4, 6],
      [1, 0, 1],
    ]);
    expect(() => invertMatrix(singular)).toThrow(SingularMatrixError);
    const scaled = createMatrix(3, 3, singular.data.map((v) => v * 1e9));
    expect(() => invertMatrix(scaled)).toThrow(SingularMatrixError);
    expect(() => invertMatrix(createMatrix(2, 2))).toThrow(SingularMatrixError);
  });

  it('inverts random diagonally dominant matrices to 1e-10', () => {
    const matrix = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }).map((values) => {
        const m = createMatrix(n, n, Float64Array.from(values));
        for (let i = 0; i < n; i++) m.data[i * n + i]! += n + 1; // keeps the matrix well conditioned
        return m;
      }),
    );
    fc.assert(
      fc.property(matrix, (m) => {
        expect(maxDeviationFromIdentity(multiplyMatrices(m, invertMatrix(m)))).toBeLessThan(1e-10);
      }),
    );
  });
});
