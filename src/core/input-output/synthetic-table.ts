// Random productive tables for property tests and the benchmark. Productivity is guaranteed by
// construction, not by luck: with Z >= 0, other final demand > 0 and x = Z 1 + c + other, we get
// A x < x componentwise for a positive x, so the spectral radius of A is below 1 (Perron-Frobenius);
// the same argument with x extended by total compensation covers the model closed for households.
// These tables are synthetic and must never be shown as data.
import { mulberry32, type RandomSource } from '../stats/prng';
import type { IoTable } from './io-table';

export interface SyntheticTableOptions {
  /** Probability that a flow is zero, as in real tables where most products use few others. */
  zeroShare?: number;
}

/** `random` returns uniform numbers in [0, 1): pass a seeded generator to make tables reproducible. */
export function generateProductiveTable(size: number, random: () => number, options: SyntheticTableOptions = {}): IoTable {
  const zeroShare = options.zeroShare ?? 0.3;
  const flows: number[][] = [];
  const products = Array.from({ length: size }, (_, i) => ({ code: `P${String(i + 1).padStart(3, '0')}`, name: `Synthetic product ${i + 1}` }));
  const householdConsumption: number[] = [];
  const otherFinalDemand: number[] = [];
  const totalOutput: number[] = [];
  for (let i = 0; i < size; i++) {
    const row = Array.from({ length: size }, () => (random() < zeroShare ? 0 : random() * 100));
    flows.push(row);
    householdConsumption.push(random() * 50 * size);
    otherFinalDemand.push(1 + random() * 50 * size);
    totalOutput.push(row.reduce((a, b) => a + b, 0) + householdConsumption[i]! + otherFinalDemand[i]!);
  }
  const gva: number[] = [];
  const compensation: number[] = [];
  const employment: number[] = [];
  for (let j = 0; j < size; j++) {
    let inputs = 0;
    for (let i = 0; i < size; i++) inputs += flows[i]![j]!;
    const valueAdded = totalOutput[j]! - inputs; // may be negative: value added is not constrained here
    gva.push(valueAdded);
    compensation.push(Math.max(0, valueAdded) * (0.2 + 0.5 * random()) + random());
    employment.push(random() < 0.05 ? 0 : totalOutput[j]! * (0.001 + 0.02 * random()));
  }
  return { products, flows, householdConsumption, otherFinalDemand, totalOutput, gva, compensation, employment };
}

/** A small deterministic generator so benchmarks and examples repeat exactly: the statistics core's mulberry32. */
export function seededRandom(seed: number): RandomSource {
  return mulberry32(seed);
}
