import { describe, expect, it } from 'vitest';
import { finiteOrNull, roundHalfAwayFromZero, roundOptional } from './rounding';

describe('roundHalfAwayFromZero', () => {
  it('rounds decimal ties up even when binary storage is just below the tie', () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(100.95, 1)).toBe(101);
    expect(roundHalfAwayFromZero(119.25, 1)).toBe(119.3);
  });
  it('rounds negative ties away from zero', () => {
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(-0.125, 2)).toBe(-0.13);
  });
  it('leaves non-finite values alone and rejects bad decimals', () => {
    expect(roundHalfAwayFromZero(Number.NaN, 1)).toBeNaN();
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
  });
});

describe('roundOptional and finiteOrNull', () => {
  it('keeps full precision unless decimals are given', () => {
    expect(roundOptional(100.98012, undefined)).toBe(100.98012);
    expect(roundOptional(100.98012, 1)).toBe(101);
    expect(roundOptional(null, 1)).toBeNull();
  });
  it('maps NaN, infinities and undefined to null', () => {
    expect(finiteOrNull(Number.NaN)).toBeNull();
    expect(finiteOrNull(Number.POSITIVE_INFINITY)).toBeNull();
    expect(finiteOrNull(undefined)).toBeNull();
    expect(finiteOrNull(0)).toBe(0);
  });
});
