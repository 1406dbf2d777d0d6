// Sub-branch and region contributions to an aggregate indicator's year-on-year change, chain-linked
// as DOMAIN.md section 4 defines them (computeChainedAggregate), from the monthly volume-index
// levels of the components and their annual values at current prices as weights. When the data do
// not exist the answer is empty and says why.
import type pg from 'pg';
import {
  StatsInputError,
  aggregateRows,
  buildComponentPanel,
  computeChainedAggregate,
  contributionRows,
  describePanelGap,
  findChainBaseYear,
  findPanelGaps,
} from '../../core/stats';
import type { IndicatorContributions } from '../../contracts/api/indicator-status';
import { loadPlanIndicatorContext } from '../../db/repositories/indicator-links';
import { loadBranchClassification, loadComponentLevels, loadComponentWeights } from '../../db/repositories/indicator-series';
import { componentName, componentTiers } from './contribution-components';

export const NOT_ADDITIVE_NOTE =
  'Chained components are not additive: these contributions decompose the year-on-year change in percentage points; the components\' chained levels do not add up to the aggregate.';
/** Months shown: the latest two years. */
const MONTHS_SHOWN = 24;

export interface ContributionsRequest {
  by: 'branch' | 'region';
  asOf: string;
  period?: string;
}

export type ContributionsResult = { kind: 'no_plan' } | { kind: 'no_indicator' } | { kind: 'found'; contributions: IndicatorContributions };

export async function getIndicatorContributions(pool: pg.Pool, planCode: string, code: string, request: ContributionsRequest): Promise<ContributionsResult> {
  const plan = await loadPlanIndicatorContext(pool, planCode);
  if (!plan) return { kind: 'no_plan' };
  const indicator = plan.indicators.find((i) => i.code === code);
  if (!indicator) return { kind: 'no_indicator' };
  const empty: IndicatorContributions = {
    planCode: plan.planCode,
    indicatorCode: code,
    by: request.by,
    asOf: request.asOf,
    available: false,
    reason: null,
    explanation: '',
    note: NOT_ADDITIVE_NOTE,
    baseYear: null,
    period: null,
    periods: [],
    aggregate: [],
    components: [],
    rows: [],
    selected: [],
  };
  const unavailable = (reason: NonNullable<IndicatorContributions['reason']>, explanation: string): ContributionsResult => ({
    kind: 'found',
    contributions: { ...empty, reason, explanation },
  });
  const link = indicator.series;
  if (!link) return unavailable('no_series', `${code} is not linked to a statistical series, so it has no components to break down.`);

  const classification = await loadBranchClassification(pool);
  const tiers = componentTiers(request.by, link.branch, classification);
  const noun = request.by === 'branch' ? 'sub-branch' : 'region';
  if (tiers.length === 0) return unavailable('no_components', `The components of branch ${link.branch} are not defined: only machine building (MB) and OKED divisions can be broken down by sub-branch.`);
  const fixed = request.by === 'branch' ? link.region : link.branch;
  const allKeys = tiers.flatMap((tier) => tier.keys);
  const levels = await loadComponentLevels(pool, { series: link.code, dimension: request.by, keys: allKeys, fixed, asOf: request.asOf });
  const tier = tiers.find((t) => levels.some((level) => t.keys.includes(level.key)));
  if (!tier) {
    return unavailable('no_component_data', `No monthly ${noun} figures of ${link.code} (volume-index levels) had been released by ${request.asOf}: the published figures are for the aggregate only.`);
  }
  const keys = new Set(tier.keys);
  const tierLevels = levels.filter((level) => keys.has(level.key));
  const weights = link.weightSeries
    ? await loadComponentWeights(pool, { series: link.weightSeries, dimension: request.by, keys: [...keys], fixed, asOf: request.asOf })
    : [];
  const panel = buildComponentPanel(
    tierLevels.map((level) => ({ key: level.key, month: level.month, level: level.value })),
    weights.map((weight) => ({ key: weight.key, year: Math.floor(weight.month / 12), weight: weight.value })),
  );
  const baseYear = findChainBaseYear(panel);
  const gaps = baseYear === null ? [] : findPanelGaps(panel, baseYear, 5);
  if (baseYear === null || gaps.length > 0) {
    const detail = gaps.length > 0 ? gaps.map((gap) => describePanelGap(gap, noun)).join('; ') : `no year has 12 months of every ${noun} with its weight${link.weightSeries ? ` (series ${link.weightSeries}, current prices)` : ' (no weight series is linked)'}`;
    return unavailable('incomplete_panel', `The ${noun} data cannot be chain-linked: ${detail}.`);
  }
  let aggregate;
  try {
    aggregate = computeChainedAggregate(panel);
  } catch (error) {
    if (!(error instanceof StatsInputError)) throw error;
    return unavailable('incomplete_panel', `The ${noun} data cannot be chain-linked: ${error.message}.`);
  }
  const allRows = contributionRows(aggregate);
  const periods = [...new Set(allRows.map((row) => row.period))];
  const shown = new Set(periods.slice(-MONTHS_SHOWN));
  const period = request.period && periods.includes(request.period) ? request.period : (periods.at(-1) ?? null);
  const selected = allRows.filter((row) => row.period === period).map(({ key, yoyPoints }) => ({ key, yoyPoints })).sort((a, b) => b.yoyPoints - a.yoyPoints);
  return {
    kind: 'found',
    contributions: {
      ...empty,
      available: periods.length > 0,
      reason: periods.length > 0 ? null : 'incomplete_panel',
      explanation:
        periods.length > 0
          ? `Chain-linked with annual overlap from ${aggregate.chain.baseYear} (${panel.keys.length} ${noun} components at ${tier.level} level), weighted by ${link.weightSeries} at current prices.`
          : `A year-on-year change needs 12 months after the chain's base year ${aggregate.chain.baseYear}.`,
      baseYear: aggregate.chain.baseYear,
      period,
      periods: [...shown],
      aggregate: aggregateRows(aggregate).filter((row) => shown.has(row.period)).map((row) => ({ period: row.period, level: row.level, yoy: row.yoy })),
      components: panel.keys.map((key) => ({ key, names: componentName(key, classification) })),
      rows: allRows.filter((row) => shown.has(row.period)),
      selected,
    },
  };
}
