// One indicator's read model on a date: its status from core's assembleIndicatorStatus, and the
// series the indicator page draws (actual levels and growth, trajectory, forecast paths and fan,
// the data table). Pure apart from its inputs: the caller loads the vintages.
import {
  type AnnualObservations,
  type IndicatorStatus,
  StatsInputError,
  annualLevelsKnownOn,
  assembleIndicatorStatus,
  forecastAnnualSeries,
  requiredAnnualRate,
} from '../../core/stats';
import type { IndicatorDetail, IndicatorStatusView } from '../../contracts/api/indicator-status';
import type { LinkedIndicator, PlanIndicatorContext } from '../../db/repositories/indicator-links';
import type { SeriesVintages } from '../../db/repositories/indicator-series';
import { annualObservations, latestSubAnnualRelease, usedInAnnualSeries, vintagesKnownOn } from './annual-series';
import { resolveBaseYear } from './indicator-targets';
import { statusNote, type StatusNote } from '../../core/stats/status-notes';

/** Fixed so that the simulated probability, and the rating, are the same on every request. */
export const SIMULATION_SEED = 2024;
export const SIMULATION_PATHS = 10_000;

export type IndicatorSeriesViews = Pick<IndicatorDetail, 'actual' | 'trajectory' | 'growth' | 'rates' | 'fan' | 'forecastPaths' | 'observations'>;

export interface IndicatorReadModel {
  status: IndicatorStatusView;
  views: IndicatorSeriesViews;
}

const URL_PATTERN = /^https?:\/\/\S+$/i;

/** The annual levels core computes with, on the same scale (base year = base value, or 100). */
function scaledLevels(observations: AnnualObservations, asOf: string, status: IndicatorStatus | null): { firstYear: number; values: number[] } | null {
  const run = annualLevelsKnownOn(observations, asOf);
  if (!run || observations.kind === 'levels') return run;
  const baseIndex = status ? status.baseYear - run.firstYear : -1;
  const anchor = baseIndex >= 0 && baseIndex < run.values.length && status?.baseValue != null ? status.baseValue / run.values[baseIndex]! : 100 / run.values[0]!;
  return { firstYear: run.firstYear, values: run.values.map((value) => value * anchor) };
}

function emptyViews(): IndicatorSeriesViews {
  return { actual: [], trajectory: [], growth: [], rates: { requiredFromBase: null, requiredFromNow: null, historical: null, forecast: null }, fan: [], forecastPaths: [], observations: [] };
}

export function buildIndicatorReadModel(indicator: LinkedIndicator, plan: PlanIndicatorContext, vintages: SeriesVintages | null, asOf: string): IndicatorReadModel {
  const baseYear = resolveBaseYear(indicator, plan);
  const notes: StatusNote[] = [];
  const status: IndicatorStatusView = {
    code: indicator.code,
    names: indicator.names,
    unit: indicator.unit,
    role: indicator.role,
    priceBasis: indicator.priceBasis,
    currency: indicator.currency,
    illustrativeFields: indicator.illustrativeFields,
    series: indicator.series && {
      code: indicator.series.code,
      branch: indicator.series.branch,
      region: indicator.series.region,
      kind: indicator.series.kind,
      unit: vintages?.unit ?? null,
      currency: vintages?.currency ?? null,
    },
    hasData: false,
    baseYear,
    targetYear: indicator.targetYear,
    targetMultiple: indicator.targetMultiple,
    baseValue: null,
    targetValue: null,
    latest: null,
    latestRelease: null,
    multipleSoFar: null,
    trajectoryValue: null,
    gap: null,
    requiredAnnualRate: null,
    requiredRateFromNow: null,
    historicalGrowth: null,
    forecasts: [],
    forecastAtTarget: null,
    probability: { simulated: null, closedForm: null, paths: 0, seed: SIMULATION_SEED },
    rating: null,
    notes,
  };
  const views = emptyViews();
  // The rate a target needs from its base year is known without any data.
  if (baseYear.year !== null && indicator.targetMultiple !== null && indicator.targetYear !== null && indicator.targetYear > baseYear.year) {
    status.requiredAnnualRate = requiredAnnualRate(indicator.targetMultiple, baseYear.year, indicator.targetYear);
    views.rates.requiredFromBase = status.requiredAnnualRate;
  }
  if (baseYear.source === 'plan_assumption') notes.push(statusNote('base_year_assumed', { year: baseYear.year! }));
  if (!indicator.series) {
    notes.push(statusNote('no_series_linked'));
    return { status, views };
  }
  const rows = vintages?.rows ?? [];
  const known = vintagesKnownOn(rows, asOf);
  const isUsed = usedInAnnualSeries(indicator.series.kind, rows);
  views.observations = known.map((row) => ({
    period: row.period,
    priceBasis: row.priceBasis,
    value: row.value,
    status: row.status,
    source: row.source,
    sourceUrl: URL_PATTERN.test(row.source.trim()) ? row.source.trim() : null,
    releaseDate: row.releaseDate,
    isInForce: row.isInForce,
    isUsed: row.isInForce && isUsed(row),
  }));
  const observations = annualObservations(indicator.series.kind, rows);

  let core: IndicatorStatus | null = null;
  const { targetMultiple, targetYear } = indicator;
  if (baseYear.year === null) notes.push(statusNote('no_base_year'));
  else if (targetMultiple === null || targetYear === null) notes.push(statusNote('target_not_stated'));
  else {
    try {
      core = assembleIndicatorStatus({
        code: indicator.code,
        target: {
          baseYear: baseYear.year,
          targetYear,
          multiple: targetMultiple,
          ...(indicator.baseValue !== null ? { baseValue: indicator.baseValue } : {}),
          intermediate: indicator.intermediateTargets.filter((t) => t.year > baseYear.year! && t.year < targetYear),
        },
        observations,
        asOf,
        simulation: { paths: SIMULATION_PATHS, seed: SIMULATION_SEED },
      });
    } catch (error) {
      if (!(error instanceof StatsInputError)) throw error;
      notes.push(statusNote('calculation_problem', { detail: error.message }));
    }
  }

  const levels = scaledLevels(observations, asOf, core);
  status.hasData = levels !== null;
  if (!status.hasData) notes.push(statusNote('no_release_of_series', { series: indicator.series.code, asOf }));
  const latestYear = core?.latest?.year ?? (levels ? levels.firstYear + levels.values.length - 1 : null);
  const release = latestSubAnnualRelease(known, latestYear);
  status.latestRelease = release && { period: release.period, value: release.value, priceBasis: release.priceBasis, releaseDate: release.releaseDate };
  if (levels) {
    views.actual = levels.values.map((value, i) => ({
      year: levels.firstYear + i,
      value,
      growth: i === 0 ? null : value / levels.values[i - 1]! - 1,
    }));
  }
  if (!core) return { status, views };

  notes.push(...core.notes);
  Object.assign(status, {
    baseValue: core.baseValue,
    targetValue: core.targetValue,
    latest: core.latest,
    multipleSoFar: core.multipleSoFar,
    trajectoryValue: core.trajectoryValue,
    gap: core.gap,
    requiredAnnualRate: core.requiredAnnualRate,
    requiredRateFromNow: core.requiredRateFromNow,
    historicalGrowth: core.historicalGrowth,
    forecasts: core.forecasts,
    forecastAtTarget: core.forecastAtTarget,
    probability: { ...core.probability, seed: SIMULATION_SEED },
    rating: core.rating,
  });
  views.trajectory = core.trajectory;
  views.fan = core.fan;
  const byYear = new Map(views.actual.map((point) => [point.year, point]));
  views.growth = core.trajectory.slice(1).map((point, i) => ({
    year: point.year,
    actual: byYear.get(point.year)?.growth ?? null,
    trajectory: point.value / core.trajectory[i]!.value - 1,
  }));
  const yearsLeft = core.latest ? core.targetYear - core.latest.year : 0;
  views.rates = {
    requiredFromBase: core.requiredAnnualRate,
    requiredFromNow: core.requiredRateFromNow,
    historical: core.historicalGrowth?.annualRate ?? null,
    forecast: core.forecastAtTarget && core.latest && yearsLeft > 0 ? (core.forecastAtTarget.value / core.latest.value) ** (1 / yearsLeft) - 1 : null,
  };
  if (levels && core.latest && yearsLeft > 0) {
    views.forecastPaths = forecastAnnualSeries(levels.values, yearsLeft).map((forecast) => ({
      method: forecast.method,
      points: forecast.forecasts.map((value, i) => ({ year: core.latest!.year + i + 1, value })),
    }));
  }
  return { status, views };
}
