// `zhospar index derive|aggregate`: the index calculator that needs no database (docs/calculator.md).
// Reads CSV files, runs the pure statistics core and prints JSON or an aligned table.
import type { Command } from 'commander';
import { CsvFormatError } from '../../io/csv';
import { parseBranchLevelsCsv, parseBranchWeightsCsv, parseLevelsCsv } from '../../io/level-files';
import {
  type ComponentPanel,
  type ContributionMethod,
  type DerivedIndexRow,
  StatsInputError,
  aggregateRows,
  buildComponentPanel,
  computeChainedAggregate,
  contributionRows,
  deriveMonthlyIndices,
  derivedIndexRows,
  describePanelGap,
  findChainBaseYear,
  findPanelGaps,
  findYearGaps,
  formatMonthIndex,
  monthlySeriesFromPoints,
} from '../../core/stats';
import { UserError, printJson, readTextFile } from '../output';

const NOT_ADDITIVE = 'Chained components are not additive in levels: the contributions decompose the year-on-year change only.';
const WIDE_TABLE_MAX_BRANCHES = 8;

/** Parses a CSV file, prefixing format errors (which name row and column) with the file. */
async function readCsvFile<T>(path: string, what: string, parse: (text: string) => T): Promise<T> {
  const text = await readTextFile(path, what);
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new UserError(`${what} "${path}", ${error.message}`);
    throw error;
  }
}

function integerOption(raw: string | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function formatCell(value: number | string | null, decimals: number): string {
  if (value === null) return '-';
  return typeof value === 'number' ? value.toFixed(decimals) : value;
}

/** Right-aligned columns under a header, for people reading a terminal. */
function renderTable(header: string[], rows: (number | string | null)[][], decimals: number): string {
  const cells = rows.map((row) => row.map((value) => formatCell(value, decimals)));
  const widths = header.map((name, c) => Math.max(name.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), ...cells.map(line)].join('\n') + '\n';
}

function indexTable(rows: DerivedIndexRow[], decimals: number): string {
  return renderTable(
    ['period', 'level', 'mom', 'yoy', 'ytd'],
    rows.map((r) => [r.period, r.level, r.mom, r.yoy, r.ytd]),
    decimals,
  );
}

function withStatsErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof StatsInputError) throw new UserError(error.message);
    throw error;
  }
}

interface DeriveOptions {
  levels: string;
  json?: boolean;
  decimals?: string;
  levelDecimals?: string;
}

async function derive(options: DeriveOptions): Promise<void> {
  const decimals = integerOption(options.decimals, '--decimals', 0, 15);
  const levelDecimals = integerOption(options.levelDecimals, '--level-decimals', 0, 15);
  const rows = await readCsvFile(options.levels, 'Levels file', parseLevelsCsv);
  const series = monthlySeriesFromPoints(rows);
  const derived = deriveMonthlyIndices(series, levelDecimals === undefined ? {} : { levelDecimals });
  if (options.json) {
    printJson(derivedIndexRows(derived, decimals === undefined ? {} : { decimals }));
    return;
  }
  process.stdout.write(indexTable(derivedIndexRows(derived), decimals ?? 1));
}

/** Checks that levels and weights describe the same branches and cover what the chain needs. */
function checkCoverage(
  panel: ComponentPanel,
  levels: { branch: string; rowNumber: number }[],
  weights: { branch: string; rowNumber: number }[],
  paths: { levels: string; weights: string },
): number {
  const firstRow = (rows: { branch: string; rowNumber: number }[]) => {
    const map = new Map<string, number>();
    for (const row of rows) if (!map.has(row.branch)) map.set(row.branch, row.rowNumber);
    return map;
  };
  const levelBranches = firstRow(levels);
  const weightBranches = firstRow(weights);
  for (const [branch, row] of levelBranches) {
    if (!weightBranches.has(branch)) throw new UserError(`Weights file "${paths.weights}" has no weight for branch "${branch}" (levels file row ${row}).`);
  }
  for (const [branch, row] of weightBranches) {
    if (!levelBranches.has(branch)) throw new UserError(`Levels file "${paths.levels}" has no levels for branch "${branch}" (weights file row ${row}).`);
  }
  const baseYear = findChainBaseYear(panel);
  const lastMonth = formatMonthIndex(panel.lastMonth);
  if (baseYear === null) {
    // Name what the most nearly complete year lacks (the latest such year on ties).
    let closest = { year: panel.firstYear, gaps: findYearGaps(panel, panel.firstYear, 1000) };
    for (let year = panel.firstYear + 1; year < panel.firstYear + panel.yearCount; year++) {
      const gaps = findYearGaps(panel, year, 1000);
      if (gaps.length <= closest.gaps.length) closest = { year, gaps };
    }
    throw new UserError(
      `No year has 12 monthly levels of every branch and a weight for every branch, so the chain has no base year; ` +
        `${closest.year} comes closest but ${closest.gaps.slice(0, 5).map((gap) => describePanelGap(gap, 'branch')).join('; ')}` +
        (closest.gaps.length > 5 ? ` and ${closest.gaps.length - 5} more.` : '.'),
    );
  }
  const gaps = findPanelGaps(panel, baseYear, 5);
  if (gaps.length > 0) {
    throw new UserError(
      `The chain from its base year ${baseYear} to ${lastMonth} needs a level of every branch for every month and a weight of every branch for every year ` +
        `before the last: ${gaps.map((gap) => describePanelGap(gap, 'branch')).join('; ')}.`,
    );
  }
  return baseYear;
}

const CONTRIBUTION_METHODS: Record<string, ContributionMethod> = {
  'annual-overlap': 'annual_overlap',
  'term-difference': 'term_difference',
};

interface AggregateOptions {
  levels: string;
  weights: string;
  referenceYear?: string;
  contributionMethod: string;
  json?: boolean;
  decimals?: string;
}

async function aggregate(options: AggregateOptions): Promise<void> {
  const decimals = integerOption(options.decimals, '--decimals', 0, 15);
  const referenceYear = integerOption(options.referenceYear, '--reference-year', 1000, 9999);
  const contributionMethod = CONTRIBUTION_METHODS[options.contributionMethod];
  if (!contributionMethod) {
    throw new UserError(`--contribution-method must be ${Object.keys(CONTRIBUTION_METHODS).join(' or ')}, got "${options.contributionMethod}".`);
  }
  const levels = await readCsvFile(options.levels, 'Levels file', parseBranchLevelsCsv);
  const weights = await readCsvFile(options.weights, 'Weights file', parseBranchWeightsCsv);
  const panel = buildComponentPanel(
    levels.map((row) => ({ key: row.branch, month: row.month, level: row.level })),
    weights.map((row) => ({ key: row.branch, year: row.year, weight: row.weight })),
  );
  const baseYear = checkCoverage(panel, levels, weights, options);
  const result = withStatsErrors(() => computeChainedAggregate(panel, { referenceYear: referenceYear ?? baseYear, contributionMethod }));
  const rounding = decimals === undefined ? {} : { decimals };
  const contributions = contributionRows(result, rounding).map(({ key, period, yoyPoints }) => ({ branch: key, period, yoyPoints }));
  if (options.json) {
    printJson({ referenceYear: result.chain.referenceYear, aggregate: aggregateRows(result, rounding), contributions, note: NOT_ADDITIVE });
    return;
  }
  const shown = decimals ?? 1;
  const out: string[] = [
    `Chain-linked aggregate, base year ${result.chain.baseYear}, reference year ${result.chain.referenceYear} (average of ${result.chain.referenceYear} = 100)\n`,
    indexTable(aggregateRows(result), shown),
    `\nContributions to the year-on-year change, percentage points. ${NOT_ADDITIVE}\n`,
  ];
  const keys = result.chain.keys;
  if (keys.length <= WIDE_TABLE_MAX_BRANCHES) {
    const byPeriod = new Map<string, Map<string, number>>();
    for (const row of contributions) {
      if (!byPeriod.has(row.period)) byPeriod.set(row.period, new Map());
      byPeriod.get(row.period)!.set(row.branch, row.yoyPoints);
    }
    const rows = [...byPeriod].map(([period, values]) => [period, ...keys.map((key) => values.get(key) ?? null)]);
    out.push(renderTable(['period', ...keys], rows, shown));
  } else {
    out.push(renderTable(['period', 'branch', 'points'], contributions.map((r) => [r.period, r.branch, r.yoyPoints]), shown));
  }
  process.stdout.write(out.join(''));
}

export function registerIndexCommands(program: Command): void {
  const index = program
    .command('index')
    .description('Index calculator: derived indices and chain-linked aggregates from CSV files (no database needed).');
  index
    .command('derive')
    .description('Month on month, year on year and year-to-date indices (previous = 100) from monthly index levels.')
    .requiredOption('--levels <file>', 'CSV with columns period,level (period YYYY-MM)')
    .option('--json', 'print JSON: [{ period, level, mom, yoy, ytd }], null where undefined')
    .option('--decimals <n>', 'round the indices to n decimals (JSON: full precision unless given; table: 1)')
    .option('--level-decimals <n>', 'round the levels to n decimals before dividing, as releases that publish rounded levels do')
    .action(async (options: DeriveOptions) => derive(options));
  index
    .command('aggregate')
    .description('Chain-linked aggregate of branch levels with annual GVA weights, and branch contributions to its yoy change.')
    .requiredOption('--levels <file>', 'CSV with columns branch,period,level (monthly, period YYYY-MM)')
    .requiredOption('--weights <file>', 'CSV with columns branch,year,weight (GVA of that year at current prices)')
    .option('--reference-year <year>', 'year whose average is 100 (default: the first complete year, the chain base)')
    .option('--contribution-method <method>', 'term-difference (the DOMAIN.md formula, default) or annual-overlap (volume change only)', 'term-difference')
    .option('--json', 'print JSON: { referenceYear, aggregate, contributions }')
    .option('--decimals <n>', 'round indices and contributions to n decimals (JSON: full precision unless given; table: 1)')
    .action(async (options: AggregateOptions) => aggregate(options));
}
