// A group of products (e.g. machine building = OKED divisions 25-30 and 33, as configured) and the
// final-demand mix that spreads a group-level shock across its products.
import { IoRequestError } from './errors';
import { productIndex, type IoModel } from './io-model';
import { finalDemand } from './io-table';

export interface GroupMix {
  codes: string[];
  /** 0-based product indices, in the order of `codes`. */
  indices: number[];
  /** Shares summing to 1, in the order of `codes`. */
  shares: number[];
  /** 'table': the group's own shares of final demand in the table; 'given': supplied by the caller. */
  source: 'table' | 'given';
}

/**
 * Resolves the codes and the mix. Without an explicit mix, each product gets its share of the
 * group's total final demand in the table (household consumption + other final demand): a shock to
 * "the group" then looks like the group's current sales to final users, scaled.
 */
export function groupMix(model: IoModel, codes: readonly string[], mix?: Readonly<Record<string, number>>): GroupMix {
  if (codes.length === 0) throw new IoRequestError('a product group needs at least one product code');
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) throw new IoRequestError(`the product group lists "${code}" twice`);
    seen.add(code);
  }
  const indices = codes.map((code) => productIndex(model, code));
  let weights: number[];
  if (mix) {
    for (const code of Object.keys(mix)) {
      if (!seen.has(code)) throw new IoRequestError(`the mix gives a share for "${code}", which is not in the group`);
    }
    weights = codes.map((code) => {
      const weight = mix[code] ?? 0;
      if (!Number.isFinite(weight) || weight < 0) throw new IoRequestError(`the mix share of "${code}" must be a non-negative number, got ${weight}`);
      return weight;
    });
  } else {
    const f = finalDemand(model.table);
    weights = indices.map((index, k) => {
      const value = f[index]!;
      if (value < 0) {
        throw new IoRequestError(
          `product "${codes[k]}" has negative final demand (${value}) in the table, so the table gives no usable mix: give the mix explicitly`,
        );
      }
      return value;
    });
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) {
    throw new IoRequestError(mix ? 'the mix shares sum to zero' : 'the group has no final demand in the table: give the mix explicitly');
  }
  return { codes: [...codes], indices, shares: weights.map((w) => w / sum), source: mix ? 'given' : 'table' };
}
