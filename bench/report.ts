// Shared shapes and statistics for benchmarks. Each benchmark returns a BenchResult; bench/run.ts
// prints them all and writes bench/results/latest.json.

export interface BenchMetric {
  name: string;
  value: number;
  unit: string;
  /** A target from an issue, e.g. { op: '<=', value: 3 }. */
  target?: { op: '<=' | '>='; value: number };
}

export interface BenchResult {
  name: string;
  metrics: BenchMetric[];
  notes?: string[];
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function meetsTarget(metric: BenchMetric): boolean | undefined {
  if (!metric.target) return undefined;
  return metric.target.op === '<=' ? metric.value <= metric.target.value : metric.value >= metric.target.value;
}

/** Times a synchronous or asynchronous function `runs` times and returns the durations in ms. */
export async function timeRuns(runs: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    durations.push(performance.now() - started);
  }
  return durations;
}
