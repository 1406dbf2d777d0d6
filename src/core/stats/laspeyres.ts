// Laspeyres volume index of a product group (UN IRIIP 2010, DOMAIN.md section 4):
// I(g,t) = 100 * sum_i w(i,0) * q(i,t) / qbar(i,0), with w the base-year output value shares and
// qbar the monthly average quantity of the base year, so the base year averages 100.
import { StatsInputError } from './errors';

export interface LaspeyresProduct {
  /** Output value of the product in the base year (any currency unit; only shares matter). */
  baseValue: number;
  /** Quantities of the base year's months; qbar is their average. */
  baseQuantities: ArrayLike<number>;
  /** Quantities of the periods to index (one entry per period, NaN if missing). */
  quantities: ArrayLike<number>;
}

export function laspeyresGroupIndex(products: readonly LaspeyresProduct[]): Float64Array {
  if (products.length === 0) throw new StatsInputError('a group index needs at least one product');
  const periods = products[0]!.quantities.length;
  let totalValue = 0;
  for (const product of products) {
    if (product.quantities.length !== periods) {
      throw new StatsInputError('every product needs a quantity for the same periods');
    }
    totalValue += product.baseValue;
  }
  if (!(totalValue > 0)) throw new StatsInputError('base-year output values must add up to more than zero');
  const index = new Float64Array(periods);
  for (const product of products) {
    let sum = 0;
    for (let m = 0; m < product.baseQuantities.length; m++) sum += product.baseQuantities[m]!;
    const qbar = sum / product.baseQuantities.length;
    if (!(qbar > 0)) throw new StatsInputError('a product needs a positive average quantity in the base year');
    const factor = (100 * product.baseValue) / totalValue / qbar;
    for (let t = 0; t < periods; t++) index[t]! += factor * product.quantities[t]!;
  }
  return index;
}

/**
 * Turns values at current prices into volumes: value / (price index / reference). With
 * priceReference 100 and a price index of 125, 250 of value is a volume of 200.
 */
export function deflateValues(values: ArrayLike<number>, priceIndices: ArrayLike<number>, priceReference = 100): Float64Array {
  if (values.length !== priceIndices.length) throw new StatsInputError('values and price indices must cover the same periods');
  const volumes = new Float64Array(values.length);
  for (let t = 0; t < values.length; t++) volumes[t] = (values[t]! * priceReference) / priceIndices[t]!;
  return volumes;
}
