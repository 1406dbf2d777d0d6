// Rates and attainment against a target multiple (DOMAIN.md section 4). Rates are fractions
// (0.119 = 11.9% a year); multiples are ratios to the base value.
import { StatsInputError } from './errors';

/** R^(1/(T - t0)) - 1: the constant annual growth that reaches multiple R from t0 to T. */
export function requiredAnnualRate(multiple: number, baseYear: number, targetYear: number): number {
  if (!(targetYear > baseYear)) throw new StatsInputError('the target year must come after the base year');
  return multiple ** (1 / (targetYear - baseYear)) - 1;
}

export interface RateFromNowInput {
  multiple: number;
  baseValue: number;
  currentValue: number;
  currentYear: number;
  targetYear: number;
}

/** (R * X0 / X(t))^(1/(T - t)) - 1; null once the target year is reached. */
export function requiredRateFromNow(input: RateFromNowInput): number | null {
  const yearsLeft = input.targetYear - input.currentYear;
  if (yearsLeft <= 0) return null;
  return ((input.multiple * input.baseValue) / input.currentValue) ** (1 / yearsLeft) - 1;
}

/** For a volume index, X(t)/X0 is the product of the annual indices (previous year = 100) since t0. */
export function multipleFromAnnualIndices(indices: readonly number[]): number {
  let multiple = 1;
  for (const index of indices) multiple *= index / 100;
  return multiple;
}

export interface Attainment {
  /** X(t) / X0. */
  multipleSoFar: number;
  /** R / (X(t) / X0): the growth multiple still to come. */
  remainingMultiple: number;
  /**
   * ln(X(t)/X0) / ln(R): the share of the required growth achieved, measured in log terms so that
   * halfway along a geometric path counts as 0.5 (null when R = 1).
   */
  shareOfGrowth: number | null;
}

export function attainment(baseValue: number, currentValue: number, multiple: number): Attainment {
  const multipleSoFar = currentValue / baseValue;
  return {
    multipleSoFar,
    remainingMultiple: multiple / multipleSoFar,
    shareOfGrowth: multiple === 1 ? null : Math.log(multipleSoFar) / Math.log(multiple),
  };
}
