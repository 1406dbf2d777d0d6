// Impact of a change in final demand, split the way DOMAIN.md section 5 defines the ratios:
// direct = the change's own output (the products bought), indirect = Type I total - direct (supply
// chains), induced = Type II total - Type I total (spending of the extra labour income). With this
// split, total jobs / direct jobs for a single product equals its Type I and Type II ratios exactly.
import type { IoModel } from './io-model';
import { multiplyMatrixVector } from './matrix';

export interface EffectSplit {
  direct: number;
  indirect: number;
  induced: number;
  /** direct + indirect (open model). */
  typeI: number;
  /** direct + indirect + induced (model closed for households). */
  total: number;
}

export type ImpactMeasure = 'output' | 'gva' | 'income' | 'jobs';
export const IMPACT_MEASURES: readonly ImpactMeasure[] = ['output', 'gva', 'income', 'jobs'];

export interface ProductImpact {
  code: string;
  name: string;
  /** The final demand change placed on this product (the shock), in the table's money unit. */
  finalDemandChange: number;
  output: EffectSplit;
  gva: EffectSplit;
  /** Compensation of employees (labour income). */
  income: EffectSplit;
  jobs: EffectSplit;
}

export interface ImpactResult {
  products: ProductImpact[];
  totals: Record<ImpactMeasure, EffectSplit>;
}

function split(direct: number, typeI: number, total: number): EffectSplit {
  return { direct, indirect: typeI - direct, induced: total - typeI, typeI, total };
}

function emptySplit(): EffectSplit {
  return { direct: 0, indirect: 0, induced: 0, typeI: 0, total: 0 };
}

/** Output by product of the model closed for households, for a final demand on the n products only. */
function closedOutput(model: IoModel, change: ArrayLike<number>): Float64Array {
  const n = model.size;
  const m = n + 1;
  const lbar = model.closedLeontief.data;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += lbar[i * m + j]! * change[j]!;
    out[i] = sum;
  }
  return out;
}

/** Effects of a final demand change Δf (one entry per product, in the table's order). */
export function computeImpact(model: IoModel, finalDemandChange: ArrayLike<number>): ImpactResult {
  const n = model.size;
  if (finalDemandChange.length !== n) throw new RangeError(`a final demand change needs ${n} entries, got ${finalDemandChange.length}`);
  const typeIOutput = multiplyMatrixVector(model.leontief, finalDemandChange);
  const typeIIOutput = closedOutput(model, finalDemandChange);
  const coefficient: Record<ImpactMeasure, ArrayLike<number>> = {
    output: new Float64Array(n).fill(1),
    gva: model.gvaCoefficients,
    income: model.incomeCoefficients,
    jobs: model.employmentCoefficients,
  };
  const totals = { output: emptySplit(), gva: emptySplit(), income: emptySplit(), jobs: emptySplit() };
  const products = model.table.products.map((product, i): ProductImpact => {
    const change = finalDemandChange[i]!;
    const effects = {} as Record<ImpactMeasure, EffectSplit>;
    for (const measure of IMPACT_MEASURES) {
      const k = coefficient[measure][i]!;
      const effect = split(k * change, k * typeIOutput[i]!, k * typeIIOutput[i]!);
      effects[measure] = effect;
      const total = totals[measure];
      total.direct += effect.direct;
      total.indirect += effect.indirect;
      total.induced += effect.induced;
      total.typeI += effect.typeI;
      total.total += effect.total;
    }
    return { code: product.code, name: product.name, finalDemandChange: change, ...effects };
  });
  return { products, totals };
}
