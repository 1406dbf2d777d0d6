import { describe, expect, it } from 'vitest';
import { logGrowths, mean, quantileOfSorted, sampleStandardDeviation } from './descriptive';
import { erfc, normalCdf } from './normal-distribution';
import { mulberry32 } from './prng';

describe('descriptive statistics', () => {
  it('computes mean, sample standard deviation and log growth', () => {
    expect(mean([2, 4, 9])).toBe(5);
    expect(sampleStandardDeviation([2, 4, 9])).toBeCloseTo(Math.sqrt((9 + 1 + 16) / 2), 12);
    expect(sampleStandardDeviation([1])).toBeNaN();
    expect(logGrowths([100, 110, 99])).toEqual([Math.log(1.1), Math.log(0.9)]);
  });
  it('interpolates quantiles between order statistics', () => {
    expect(quantileOfSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileOfSorted([10, 20], 0.25)).toBe(12.5);
    expect(quantileOfSorted([7], 0.9)).toBe(7);
  });
});

describe('normalCdf', () => {
  it('matches tabulated values of the standard normal distribution', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.8413447, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 6);
    expect(erfc(0.5)).toBeCloseTo(0.4795001, 6);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('mulberry32', () => {
  it('repeats a sequence for a seed and is roughly uniform on [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(first);
    const draws = Array.from({ length: 20000 }, mulberry32(7));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(mean(draws)).toBeCloseTo(0.5, 2);
  });
});
