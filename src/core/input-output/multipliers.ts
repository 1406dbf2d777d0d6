// Product multipliers exactly as DOMAIN.md section 5 defines them. Ratios divide by the product's own
// direct coefficient; where that is zero (a product with no employment, or no labour income) the
// ratio "per direct job" or "per unit of direct income" has no meaning and is null, never Infinity.
import type { IoModel } from './io-model';
import { columnSums, multiplyVectorMatrix } from './matrix';

export interface ProductMultipliers {
  code: string;
  name: string;
  /** m(j) = sum_i L(i,j): output of all products per unit of final demand for j. */
  outputMultiplier: number;
  /** sum_i v(i) L(i,j): GVA per unit of final demand for j. */
  gvaMultiplier: number;
  /** eps(j) = sum_i e(i) L(i,j): jobs per unit of final demand for j. */
  employmentMultiplier: number;
  /** eps(j) / e(j): direct + indirect jobs per direct job; null when e(j) = 0. */
  employmentTypeI: number | null;
  /** sum_{i<=n} e(i) Lbar(i,j) / e(j): direct + indirect + induced jobs per direct job; null when e(j) = 0. */
  employmentTypeII: number | null;
  /** sum_i h(i) L(i,j) / h(j); null when h(j) = 0. */
  incomeTypeI: number | null;
  /** Lbar(n+1,j) / h(j); null when h(j) = 0. */
  incomeTypeII: number | null;
  /** e(j): direct jobs per unit of output, the denominator of the employment ratios. */
  employmentCoefficient: number;
  /** h(j): labour income per unit of output, the denominator of the income multipliers. */
  incomeCoefficient: number;
  /** sum_i h(i) L(i,j): labour income per unit of final demand for j (Type I, not a ratio). */
  incomeMultiplier: number;
}

/** Type II columns restricted to the n products: Lbar(1..n, j) weighted by a coefficient vector. */
function closedWeightedColumnSums(model: IoModel, weights: Float64Array): Float64Array {
  const n = model.size;
  const m = n + 1;
  const lbar = model.closedLeontief.data;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    for (let j = 0; j < n; j++) out[j]! += w * lbar[i * m + j]!;
  }
  return out;
}

export function computeMultipliers(model: IoModel): ProductMultipliers[] {
  const n = model.size;
  const { leontief, employmentCoefficients: e, incomeCoefficients: h, gvaCoefficients: v } = model;
  const output = columnSums(leontief);
  const gva = multiplyVectorMatrix(v, leontief);
  const jobs = multiplyVectorMatrix(e, leontief);
  const income = multiplyVectorMatrix(h, leontief);
  const jobsClosed = closedWeightedColumnSums(model, e);
  const householdsRow = n * (n + 1);
  const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);
  return model.table.products.map((product, j) => ({
    code: product.code,
    name: product.name,
    outputMultiplier: output[j]!,
    gvaMultiplier: gva[j]!,
    employmentMultiplier: jobs[j]!,
    employmentTypeI: ratio(jobs[j]!, e[j]!),
    employmentTypeII: ratio(jobsClosed[j]!, e[j]!),
    incomeTypeI: ratio(income[j]!, h[j]!),
    incomeTypeII: ratio(model.closedLeontief.data[householdsRow + j]!, h[j]!),
    employmentCoefficient: e[j]!,
    incomeCoefficient: h[j]!,
    incomeMultiplier: income[j]!,
  }));
}
