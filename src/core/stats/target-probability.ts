// Probability that an indicator reaches its target value by the target year, from its own history
// of log growth (DOMAIN.md section 4), and the forecast fan from the same simulated paths.
import { quantileOfSorted } from './descriptive';
import { normalCdf } from './normal-distribution';
import type { RandomSource } from './prng';

export interface ClosedFormInput {
  /** Mean and standard deviation of annual log growth. */
  mu: number;
  sigma: number;
  /** Years left until the target year. */
  years: number;
  /** Target value / current value. */
  remainingMultiple: number;
}

/**
 * P = Phi((n * mu - ln R_remaining) / (sigma * sqrt(n))) under i.i.d. normal log growth. With no
 * spread (sigma = 0) or no years left, the outcome is certain one way or the other.
 */
export function probabilityClosedForm({ mu, sigma, years, remainingMultiple }: ClosedFormInput): number {
  const needed = Math.log(remainingMultiple);
  if (years <= 0) return needed <= 0 ? 1 : 0;
  if (sigma === 0) return years * mu >= needed ? 1 : 0;
  return normalCdf((years * mu - needed) / (sigma * Math.sqrt(years)));
}

export interface FanPoint {
  year: number;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface SimulationInput {
  /** Historical annual log growths to resample. */
  logGrowths: readonly number[];
  startYear: number;
  startValue: number;
  targetYear: number;
  targetValue: number;
  paths: number;
  random: RandomSource;
}

export interface SimulationResult {
  /** Share of paths at or above the target value in the target year. */
  probability: number;
  paths: number;
  /** Quantiles of the simulated value for every year after startYear up to targetYear. */
  fan: FanPoint[];
}

/**
 * Bootstrap of growth paths: each year's log growth is drawn with replacement from the history.
 * The caller's seeded generator makes the result reproducible.
 */
export function simulateTargetPaths(input: SimulationInput): SimulationResult | null {
  const years = input.targetYear - input.startYear;
  const count = input.logGrowths.length;
  if (count === 0 || years <= 0 || input.paths <= 0) return null;
  const values = Array.from({ length: years }, () => new Float64Array(input.paths));
  const needed = Math.log(input.targetValue / input.startValue);
  let met = 0;
  for (let p = 0; p < input.paths; p++) {
    let cumulated = 0;
    for (let y = 0; y < years; y++) {
      cumulated += input.logGrowths[Math.floor(input.random() * count)]!;
      values[y]![p] = input.startValue * Math.exp(cumulated);
    }
    // A relative tolerance, so that a path landing exactly on the target counts as meeting it.
    if (cumulated >= needed - 1e-12) met++;
  }
  const fan = values.map((yearValues, y) => {
    yearValues.sort();
    return {
      year: input.startYear + y + 1,
      p05: quantileOfSorted(yearValues, 0.05),
      p25: quantileOfSorted(yearValues, 0.25),
      p50: quantileOfSorted(yearValues, 0.5),
      p75: quantileOfSorted(yearValues, 0.75),
      p95: quantileOfSorted(yearValues, 0.95),
    };
  });
  return { probability: met / input.paths, paths: input.paths, fan };
}
