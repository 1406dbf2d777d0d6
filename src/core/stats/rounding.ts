// Display rounding. Series are kept at full precision (DOMAIN.md section 4); rounding happens only
// when a figure is shown, or when a published convention rounds levels before deriving indices.

/**
 * Rounds half away from zero at `decimals` places, the way statistical releases round.
 * Plain Math.round(x * 10^d) misreads decimal ties stored inexactly in binary (1.005 * 100 is
 * 100.49999...), so the scaled value is first cut to 15 significant digits.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals must be an integer from 0 to 15, got ${decimals}`);
  }
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Rounds when `decimals` is given, keeps full precision otherwise; null stays null. */
export function roundOptional(value: number | null, decimals?: number): number | null {
  if (value === null || decimals === undefined) return value;
  return roundHalfAwayFromZero(value, decimals);
}

/** NaN and infinities mean "undefined" inside typed arrays; outside they become null. */
export function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
