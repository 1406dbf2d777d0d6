// `npm run bench`: runs every benchmark (or those named on the command line), prints figures,
// ratios and targets, and writes bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { meetsTarget, type BenchResult } from './report';
import { benchStartup } from './startup';
import { benchApiThroughput } from './api-throughput';
import { benchIoMultipliers } from './io-multipliers';
import { benchStatsRecompute } from './stats-recompute';
import { benchReportSubmissions } from './report-submissions';
import { benchIndicatorPage } from './indicator-page';
import { benchObservationsImport } from './observations-import';

const benchmarks: Record<string, () => Promise<BenchResult>> = {
  startup: () => benchStartup(),
  'api-throughput': () => benchApiThroughput(),
  'io-multipliers': () => benchIoMultipliers(),
  'stats-recompute': () => benchStatsRecompute(),
  'report-submissions': () => benchReportSubmissions(),
  'indicator-page': () => benchIndicatorPage(),
  'observations-import': () => benchObservationsImport(),
};

function format(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

const wanted = process.argv.slice(2);
const results: BenchResult[] = [];
let failed = 0;
for (const [name, run] of Object.entries(benchmarks)) {
  if (wanted.length && !wanted.includes(name)) continue;
  process.stdout.write(`\n# ${name}\n`);
  const result = await run();
  results.push(result);
  process.stdout.write(`${result.name}\n`);
  for (const metric of result.metrics) {
    const verdict = meetsTarget(metric);
    if (verdict === false) failed++;
    const target = metric.target ? `  target ${metric.target.op} ${metric.target.value} ${metric.unit}: ${verdict ? 'met' : 'MISSED'}` : '';
    process.stdout.write(`  ${metric.name.padEnd(48)} ${format(metric.value).padStart(10)} ${metric.unit}${target}\n`);
  }
  for (const note of result.notes ?? []) process.stdout.write(`  note: ${note}\n`);
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
process.stdout.write(`\n${failed ? `${failed} target(s) missed` : 'all targets met'}; figures in bench/results/latest.json\n`);
