// Small descriptive statistics shared by the forecast and probability code.

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length === 0 ? Number.NaN : sum / values.length;
}

/** Standard deviation with the n - 1 denominator; NaN for fewer than two values. */
export function sampleStandardDeviation(values: ArrayLike<number>): number {
  if (values.length < 2) return Number.NaN;
  const centre = mean(values);
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - centre) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** ln(x(t) / x(t-1)) for consecutive positive values. */
export function logGrowths(values: ArrayLike<number>): number[] {
  const growths: number[] = [];
  for (let i = 1; i < values.length; i++) growths.push(Math.log(values[i]! / values[i - 1]!));
  return growths;
}

/** Quantile p of ascending sorted values, interpolating linearly (Hyndman and Fan type 7). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
