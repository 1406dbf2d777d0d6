import { describe, expect, it } from 'vitest';
import {
  columnSums,
  createMatrix,
  dot,
  identityMatrix,
  matrixEntry,
  matrixFromRows,
  matrixToRows,
  multiplyMatrices,
  multiplyMatrixVector,
  multiplyVectorMatrix,
  subtractMatrices,
} from './matrix';

describe('dense matrices', () => {
  const a = matrixFromRows([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const b = matrixFromRows([
    [7, 8],
    [9, 10],
    [11, 12],
  ]);

  it('stores rows contiguously and reads entries back', () => {
    expect(Array.from(a.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(matrixEntry(a, 1, 2)).toBe(6);
    expect(matrixToRows(a)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(() => matrixEntry(a, 2, 0)).toThrow(RangeError);
  });

  it('multiplies matrices and vectors', () => {
    expect(matrixToRows(multiplyMatrices(a, b))).toEqual([
      [58, 64],
      [139, 154],
    ]);
    expect(Array.from(multiplyMatrixVector(a, [1, 0, -1]))).toEqual([-2, -2]);
    expect(Array.from(multiplyVectorMatrix([1, -1], a))).toEqual([-3, -3, -3]);
    expect(Array.from(columnSums(a))).toEqual([5, 7, 9]);
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
  });

  it('subtracts and builds identities', () => {
    const i2 = identityMatrix(2);
    expect(matrixToRows(subtractMatrices(i2, matrixFromRows([[0.5, 0.25], [0, 1]])))).toEqual([
      [0.5, -0.25],
      [0, 0],
    ]);
  });

  it('refuses mismatched shapes', () => {
    expect(() => multiplyMatrices(a, a)).toThrow(RangeError);
    expect(() => multiplyMatrixVector(a, [1, 2])).toThrow(RangeError);
    expect(() => subtractMatrices(a, b)).toThrow(RangeError);
    expect(() => matrixFromRows([[1, 2], [3]])).toThrow(RangeError);
    expect(() => createMatrix(2, 2, new Float64Array(3))).toThrow(RangeError);
  });
});
