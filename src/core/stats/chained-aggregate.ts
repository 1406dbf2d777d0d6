// The whole aggregation of DOMAIN.md section 4 in one call, as the calculator, the API and the
// recompute job need it: chain-link the components, re-reference, derive the aggregate's indices
// and each component's contribution to its year-on-year change.
import { type ChainedIndex, chainLink, rereferenceChain } from './chain-link';
import type { ComponentPanel } from './component-panel';
import { type ContributionMethod, contributionsToYearOnYear } from './contributions';
import { type DeriveOptions, type DerivedIndexRow, type DerivedIndices, deriveMonthlyIndices, derivedIndexRows } from './derived-indices';
import { type MonthIndex, formatMonthIndex, monthIndex } from './period';
import { finiteOrNull, roundOptional } from './rounding';

export interface ChainedAggregate {
  chain: ChainedIndex;
  /** Indices of the chained levels; months after the panel's last month are NaN. */
  derived: DerivedIndices;
  /** Per component, points of the aggregate's yoy change, aligned with chain.levels. */
  contributions: Float64Array[];
  /** The last month with data: rows stop here. */
  lastMonth: MonthIndex;
}

export function computeChainedAggregate(
  panel: ComponentPanel,
  options: { referenceYear?: number; contributionMethod?: ContributionMethod } & DeriveOptions = {},
): ChainedAggregate {
  const linked = chainLink(panel);
  const chain = options.referenceYear === undefined ? linked : rereferenceChain(linked, options.referenceYear);
  const derived = deriveMonthlyIndices({ start: monthIndex(chain.baseYear, 1), values: chain.levels }, options);
  return { chain, derived, contributions: contributionsToYearOnYear(chain, options.contributionMethod), lastMonth: panel.lastMonth };
}

export interface ContributionRow {
  key: string;
  period: string;
  yoyPoints: number;
}

/** Aggregate rows from January of the base year to the last month with data; decimals round levels too. */
export function aggregateRows(aggregate: ChainedAggregate, options: { decimals?: number } = {}): DerivedIndexRow[] {
  const months = aggregate.lastMonth - aggregate.derived.start + 1;
  return derivedIndexRows(aggregate.derived, { ...options, includeMissing: true })
    .slice(0, Math.max(0, months))
    .map((row) => ({ ...row, level: roundOptional(row.level, options.decimals) }));
}

/** Contribution rows, period by period and in component order, where defined. */
export function contributionRows(aggregate: ChainedAggregate, options: { decimals?: number } = {}): ContributionRow[] {
  const rows: ContributionRow[] = [];
  const start = aggregate.derived.start;
  const months = Math.min(aggregate.lastMonth - start + 1, aggregate.chain.levels.length);
  for (let t = 0; t < months; t++) {
    const period = formatMonthIndex(start + t);
    aggregate.contributions.forEach((points, k) => {
      const value = roundOptional(finiteOrNull(points[t]), options.decimals);
      if (value !== null) rows.push({ key: aggregate.chain.keys[k]!, period, yoyPoints: value });
    });
  }
  return rows;
}
