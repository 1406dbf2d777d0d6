// Fixed-base aggregation of branch index levels (DOMAIN.md section 4): I(A,t) = sum_k W(k,0) * I(k,t)
// with W(k,0) the branch's share of base-year GVA. Levels, never growth rates, are averaged:
// averaging rates across branches is a different (wrong) number.
import { StatsInputError } from './errors';

/**
 * Weighted sum of component levels with base-year weights (any positive amounts, normalised to
 * shares here). Each component's levels must be on the same base year; NaN propagates.
 */
export function aggregateFixedBase(levels: readonly ArrayLike<number>[], baseWeights: readonly number[]): Float64Array {
  if (levels.length !== baseWeights.length) throw new StatsInputError('one base weight is needed for every component');
  if (levels.length === 0) throw new StatsInputError('an aggregate needs at least one component');
  const periods = levels[0]!.length;
  let total = 0;
  for (const weight of baseWeights) total += weight;
  if (!(total > 0)) throw new StatsInputError('base-year weights must add up to more than zero');
  const aggregate = new Float64Array(periods);
  levels.forEach((componentLevels, k) => {
    if (componentLevels.length !== periods) throw new StatsInputError('every component needs levels for the same periods');
    const share = baseWeights[k]! / total;
    for (let t = 0; t < periods; t++) aggregate[t]! += share * componentLevels[t]!;
  });
  return aggregate;
}
