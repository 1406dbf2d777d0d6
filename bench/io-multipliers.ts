// Issue 5's measure: on a generated 300-product table, building the model (A, L and the Type II
// inverse), every product's multipliers and one full impact take <= 500 ms. The table is synthetic
// (seeded, so runs repeat) and is never stored or shown as data.
import {
  buildIoModel,
  computeImpact,
  computeMultipliers,
  generateProductiveTable,
  seededRandom,
} from '../src/core/input-output';
import { median, percentile, timeRuns, type BenchResult } from './report';

const PRODUCTS = 300;
const RUNS = 7;

export async function benchIoMultipliers(): Promise<BenchResult> {
  const table = generateProductiveTable(PRODUCTS, seededRandom(20240101));
  const shock = table.products.map((_, i) => (i % 10 === 0 ? 1000 : 0));
  let checksum = 0;
  const durations = await timeRuns(RUNS, () => {
    const model = buildIoModel(table);
    const multipliers = computeMultipliers(model);
    const impact = computeImpact(model, shock);
    checksum = multipliers.reduce((sum, m) => sum + m.outputMultiplier, 0) + impact.totals.jobs.total;
  });
  return {
    name: 'input-output multipliers (300 products)',
    metrics: [
      { name: 'model, all multipliers incl. Type II, one impact: median', value: median(durations), unit: 'ms', target: { op: '<=', value: 500 } },
      { name: 'model, all multipliers incl. Type II, one impact: p90', value: percentile(durations, 90), unit: 'ms' },
    ],
    notes: [`${RUNS} runs on a seeded synthetic productive table of ${PRODUCTS} products; checksum ${checksum.toFixed(6)}`],
  };
}

// Run on its own with `npx tsx bench/io-multipliers.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchIoMultipliers().then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
}
