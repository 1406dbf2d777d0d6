// Full recompute of the indicator engine's statistics at national scale (issue 4's target: <= 2 s):
// every derived index of every branch x region series, the chain-linked national aggregate over
// branches and over regions, and each component's contributions to the aggregates' yoy change.
import { type BenchResult, median, percentile, timeRuns } from './report';
import {
  type ComponentLevel,
  type ComponentWeight,
  aggregateRows,
  buildComponentPanel,
  computeChainedAggregate,
  contributionRows,
  deriveMonthlyIndices,
  monthIndex,
  mulberry32,
} from '../src/core/stats';

export interface StatsRecomputeOptions {
  branches: number;
  regions: number;
  years: number;
  runs: number;
}

const FIRST_YEAR = 2010;

interface Dataset {
  /** branches x regions monthly series, as they would come out of the observations table. */
  series: Float64Array[];
  branchLevels: ComponentLevel[];
  branchWeights: ComponentWeight[];
  regionLevels: ComponentLevel[];
  regionWeights: ComponentWeight[];
}

/** Random-walk levels with a seasonal swing and growing GVA weights, from a fixed seed. */
function generate({ branches, regions, years }: StatsRecomputeOptions): Dataset {
  const random = mulberry32(20240401);
  const months = years * 12;
  const start = monthIndex(FIRST_YEAR, 1);
  const walk = () => {
    const values = new Float64Array(months);
    let level = 80 + 40 * random();
    const drift = 0.002 + 0.006 * random();
    for (let t = 0; t < months; t++) {
      level *= Math.exp(drift + 0.03 * (random() - 0.5));
      values[t] = level * (1 + 0.08 * Math.sin((2 * Math.PI * (t % 12)) / 12));
    }
    return values;
  };
  const toPoints = (key: string, values: Float64Array): ComponentLevel[] =>
    Array.from(values, (level, t) => ({ key, month: start + t, level }));
  const weightsFor = (key: string): ComponentWeight[] => {
    const base = 10 + 1000 * random();
    return Array.from({ length: years }, (_, y) => ({ key, year: FIRST_YEAR + y, weight: base * (1 + 0.05 * y) * (0.9 + 0.2 * random()) }));
  };
  const series: Float64Array[] = [];
  for (let i = 0; i < branches * regions; i++) series.push(walk());
  const branchLevels: ComponentLevel[] = [];
  const branchWeights: ComponentWeight[] = [];
  for (let b = 0; b < branches; b++) {
    branchLevels.push(...toPoints(`B${b}`, walk()));
    branchWeights.push(...weightsFor(`B${b}`));
  }
  const regionLevels: ComponentLevel[] = [];
  const regionWeights: ComponentWeight[] = [];
  for (let r = 0; r < regions; r++) {
    regionLevels.push(...toPoints(`R${r}`, walk()));
    regionWeights.push(...weightsFor(`R${r}`));
  }
  return { series, branchLevels, branchWeights, regionLevels, regionWeights };
}

function recompute(data: Dataset): number {
  const start = monthIndex(FIRST_YEAR, 1);
  let checksum = 0;
  for (const values of data.series) {
    const derived = deriveMonthlyIndices({ start, values });
    checksum += derived.ytd[derived.ytd.length - 1]!;
  }
  for (const [levels, weights] of [
    [data.branchLevels, data.branchWeights],
    [data.regionLevels, data.regionWeights],
  ] as const) {
    const aggregate = computeChainedAggregate(buildComponentPanel(levels, weights));
    checksum += aggregateRows(aggregate).length + contributionRows(aggregate).length;
  }
  return checksum;
}

export async function benchStatsRecompute(
  options: StatsRecomputeOptions = { branches: 250, regions: 20, years: 15, runs: 5 },
): Promise<BenchResult> {
  const data = generate(options);
  const observations = data.series.length * options.years * 12;
  recompute(data); // warm-up: let the JIT compile the hot loops before timing
  const durations = await timeRuns(options.runs, () => recompute(data));
  return {
    name: `Statistics recompute: ${options.branches} branches x ${options.regions} regions x ${options.years} years of months`,
    metrics: [
      { name: 'full recompute, median', value: median(durations), unit: 'ms', target: { op: '<=', value: 2000 } },
      { name: 'full recompute, slowest run', value: percentile(durations, 100), unit: 'ms' },
      { name: 'monthly observations derived', value: observations, unit: 'rows' },
      { name: 'derived rate', value: observations / (median(durations) / 1000), unit: 'rows/s' },
    ],
    notes: [
      'derived indices (mom, yoy, ytd) of every branch x region series, plus the chain-linked aggregate over branches and over regions with contributions',
      `median of ${options.runs} runs after one warm-up; data generated from a fixed seed`,
    ],
  };
}
