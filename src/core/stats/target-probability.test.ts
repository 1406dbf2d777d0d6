import { describe, expect, it } from 'vitest';
import { probabilityClosedForm, simulateTargetPaths } from './target-probability';
import { ratingForProbability } from './rating';
import { mulberry32 } from './prng';

describe('probabilityClosedForm', () => {
  it('is Phi((n mu - ln R) / (sigma sqrt n))', () => {
    // mu = 0.1, sigma = 0.05, n = 4, R = e^0.3: z = (0.4 - 0.3) / 0.1 = 1, Phi(1) = 0.8413447
    expect(probabilityClosedForm({ mu: 0.1, sigma: 0.05, years: 4, remainingMultiple: Math.exp(0.3) })).toBeCloseTo(0.8413447, 6);
    // A growth path exactly on the requirement has even odds.
    expect(probabilityClosedForm({ mu: 0.1, sigma: 0.2, years: 5, remainingMultiple: Math.exp(0.5) })).toBeCloseTo(0.5, 7);
  });
  it('is certain without spread or without years left', () => {
    expect(probabilityClosedForm({ mu: 0.1, sigma: 0, years: 3, remainingMultiple: 1.3 })).toBe(1);
    expect(probabilityClosedForm({ mu: 0.05, sigma: 0, years: 3, remainingMultiple: 1.3 })).toBe(0);
    expect(probabilityClosedForm({ mu: 0.1, sigma: 0.1, years: 0, remainingMultiple: 0.9 })).toBe(1);
  });
});

describe('simulateTargetPaths', () => {
  const base = { startYear: 2023, startValue: 100, targetYear: 2025, paths: 40000 };

  it('matches the binomial probability of a two-outcome history', () => {
    // Growth +20% or 0% with equal chance; two years; target +20%: fails only if both years are 0%.
    const result = simulateTargetPaths({ ...base, logGrowths: [Math.log(1.2), 0], targetValue: 120, random: mulberry32(1) })!;
    expect(result.probability).toBeCloseTo(0.75, 2);
    expect(result.fan.map((f) => f.year)).toEqual([2024, 2025]);
    expect(result.fan[1]!.p05).toBeCloseTo(100, 9);
    expect(result.fan[1]!.p95).toBeCloseTo(144, 9);
  });

  // The needed growth 0.355 lies midway between two attainable sums of this lattice (0.34, 0.37),
  // where a discrete bootstrap and its normal approximation agree best.
  it('is reproducible for a seed and agrees with the closed form for normal-like growth', () => {
    const growths = [0.02, 0.05, 0.08, 0.11, 0.14, 0.05, 0.08, 0.11];
    const input = { ...base, targetYear: 2028, logGrowths: growths, targetValue: 100 * Math.exp(0.355) };
    const first = simulateTargetPaths({ ...input, random: mulberry32(9) })!;
    expect(simulateTargetPaths({ ...input, random: mulberry32(9) })).toEqual(first);
    const mu = growths.reduce((a, b) => a + b, 0) / growths.length;
    const sigma = Math.sqrt(growths.reduce((a, g) => a + (g - mu) ** 2, 0) / growths.length);
    const closed = probabilityClosedForm({ mu, sigma, years: 5, remainingMultiple: Math.exp(0.355) });
    expect(Math.abs(first.probability - closed)).toBeLessThan(0.02);
    const medians = first.fan.map((f) => f.p50);
    expect(medians).toEqual([...medians].sort((a, b) => a - b)); // the fan rises with growth > 0
  });

  it('returns null without history or years', () => {
    expect(simulateTargetPaths({ ...base, logGrowths: [], targetValue: 1, random: mulberry32(1) })).toBeNull();
    expect(simulateTargetPaths({ ...base, targetYear: 2023, logGrowths: [0.1], targetValue: 1, random: mulberry32(1) })).toBeNull();
  });
});

describe('ratingForProbability', () => {
  it('puts each lower bound into the higher band', () => {
    expect(ratingForProbability(1)).toBe('green');
    expect(ratingForProbability(0.8)).toBe('green');
    expect(ratingForProbability(0.7999)).toBe('amber_green');
    expect(ratingForProbability(0.6)).toBe('amber_green');
    expect(ratingForProbability(0.5)).toBe('amber');
    expect(ratingForProbability(0.4)).toBe('amber');
    expect(ratingForProbability(0.2)).toBe('amber_red');
    expect(ratingForProbability(0.1999)).toBe('red');
    expect(ratingForProbability(0)).toBe('red');
  });
});
