// Everything the indicator list and page show about one indicator on a given date: latest value
// against its trajectory, the rate still required, forecasts to the target year and the likelihood
// of delivery. A pure function: the caller supplies observations, the date and the random source.
import { type AnnualObservations, annualLevelsKnownOn } from './annual-observations';
import { logGrowths, mean, sampleStandardDeviation } from './descriptive';
import { type ForecastMethod, bestForecast, forecastAnnualSeries } from './forecast-suite';
import type { BacktestError } from './backtest';
import { mulberry32 } from './prng';
import { type DeliveryRating, ratingForProbability } from './rating';
import { type FanPoint, probabilityClosedForm, simulateTargetPaths } from './target-probability';
import { requiredAnnualRate, requiredRateFromNow } from './target-rates';
import { type IntermediateTarget, type TrajectoryPoint, trajectory, trajectoryValue } from './trajectory';
import { statusNote, type StatusNote } from './status-notes';

export interface IndicatorTarget {
  baseYear: number;
  targetYear: number;
  multiple: number;
  /**
   * The plan's base value. When omitted it is the observed level of the base year; for annual
   * indices the base year is set to 100.
   */
  baseValue?: number;
  intermediate?: readonly IntermediateTarget[];
}

export interface IndicatorStatusInput {
  code: string;
  target: IndicatorTarget;
  observations: AnnualObservations;
  /** ISO date: only figures released by then count. */
  asOf: string;
  /** Bootstrap settings; the seed (default 1) makes the probability reproducible. */
  simulation?: { paths?: number; seed?: number };
}

export interface IndicatorStatus {
  code: string;
  asOf: string;
  baseYear: number;
  baseValue: number | null;
  targetYear: number;
  targetMultiple: number;
  targetValue: number | null;
  latest: { year: number; period: string; value: number } | null;
  multipleSoFar: number | null;
  /** Trajectory value for the latest year. */
  trajectoryValue: number | null;
  /** latest - trajectory, and latest / trajectory - 1. */
  gap: { absolute: number; relative: number } | null;
  requiredAnnualRate: number;
  requiredRateFromNow: number | null;
  historicalGrowth: { meanLogGrowth: number; annualRate: number; sigma: number | null; years: number } | null;
  forecasts: { method: ForecastMethod; valueAtTarget: number; backtest: BacktestError | null }[];
  /** The forecast of the method with the lowest back-test error. */
  forecastAtTarget: { method: ForecastMethod; value: number } | null;
  probability: { closedForm: number | null; simulated: number | null; paths: number };
  /** From the simulated probability, else the closed form. */
  rating: DeliveryRating | null;
  trajectory: TrajectoryPoint[];
  fan: FanPoint[];
  notes: StatusNote[];
}

export const DEFAULT_SIMULATION_PATHS = 10000;

export function assembleIndicatorStatus(input: IndicatorStatusInput): IndicatorStatus {
  const { target } = input;
  const notes: StatusNote[] = [];
  const status: IndicatorStatus = {
    code: input.code,
    asOf: input.asOf,
    baseYear: target.baseYear,
    baseValue: null,
    targetYear: target.targetYear,
    targetMultiple: target.multiple,
    targetValue: null,
    latest: null,
    multipleSoFar: null,
    trajectoryValue: null,
    gap: null,
    requiredAnnualRate: requiredAnnualRate(target.multiple, target.baseYear, target.targetYear),
    requiredRateFromNow: null,
    historicalGrowth: null,
    forecasts: [],
    forecastAtTarget: null,
    probability: { closedForm: null, simulated: null, paths: 0 },
    rating: null,
    trajectory: [],
    fan: [],
    notes,
  };

  const run = annualLevelsKnownOn(input.observations, input.asOf);
  if (!run) {
    notes.push(statusNote('no_release_by', { asOf: input.asOf }));
    return status;
  }
  const lastYear = run.firstYear + run.values.length - 1;
  const observedBase = target.baseYear >= run.firstYear && target.baseYear <= lastYear ? run.values[target.baseYear - run.firstYear]! : null;
  let levels = run.values;
  if (input.observations.kind === 'annual_indices') {
    // Relative levels: put the base year on the plan's base value, or on 100.
    if (observedBase === null) {
      notes.push(statusNote('indices_short_of_base', { asOf: input.asOf, baseYear: target.baseYear }));
    } else {
      const scale = (target.baseValue ?? 100) / observedBase;
      levels = run.values.map((value) => value * scale);
    }
  }
  const baseValue = input.observations.kind === 'annual_indices'
    ? (observedBase === null ? null : (target.baseValue ?? 100))
    : (target.baseValue ?? observedBase);
  if (baseValue === null && input.observations.kind === 'levels') notes.push(statusNote('no_base_value', { baseYear: target.baseYear }));

  const latestValue = levels[levels.length - 1]!;
  const scaleKnown = input.observations.kind === 'levels' || observedBase !== null;
  if (scaleKnown) status.latest = { year: lastYear, period: String(lastYear), value: latestValue };

  const growths = logGrowths(levels);
  if (growths.length > 0) {
    const mu = mean(growths);
    const sigma = growths.length >= 2 ? sampleStandardDeviation(growths) : null;
    status.historicalGrowth = { meanLogGrowth: mu, annualRate: Math.exp(mu) - 1, sigma, years: growths.length };
  }

  if (baseValue === null || !scaleKnown) return status;
  const spec = { baseYear: target.baseYear, baseValue, multiple: target.multiple, targetYear: target.targetYear, intermediate: target.intermediate ?? [] };
  const targetValue = baseValue * target.multiple;
  status.baseValue = baseValue;
  status.targetValue = targetValue;
  status.trajectory = trajectory(spec);
  status.multipleSoFar = latestValue / baseValue;
  if (lastYear >= target.baseYear) {
    const onPath = trajectoryValue(spec, lastYear);
    status.trajectoryValue = onPath;
    status.gap = { absolute: latestValue - onPath, relative: latestValue / onPath - 1 };
    status.requiredRateFromNow = requiredRateFromNow({
      multiple: target.multiple,
      baseValue,
      currentValue: latestValue,
      currentYear: lastYear,
      targetYear: target.targetYear,
    });
  } else {
    notes.push(statusNote('latest_before_base', { year: lastYear }));
  }

  const yearsLeft = target.targetYear - lastYear;
  if (yearsLeft <= 0) {
    // The target year is observed: the outcome is known, not forecast.
    const met = levels[target.targetYear - run.firstYear]! >= targetValue * (1 - 1e-12) ? 1 : 0;
    status.probability = { closedForm: met, simulated: met, paths: 0 };
    status.rating = ratingForProbability(met);
    return status;
  }

  const forecasts = forecastAnnualSeries(levels, yearsLeft);
  status.forecasts = forecasts.map((f) => ({ method: f.method, valueAtTarget: f.forecasts[yearsLeft - 1]!, backtest: f.backtest }));
  const best = bestForecast(forecasts);
  if (best) status.forecastAtTarget = { method: best.method, value: best.forecasts[yearsLeft - 1]! };
  else notes.push(statusNote('too_little_to_forecast'));

  const remainingMultiple = targetValue / latestValue;
  const sigma = status.historicalGrowth?.sigma ?? null;
  if (status.historicalGrowth && sigma !== null) {
    status.probability.closedForm = probabilityClosedForm({ mu: status.historicalGrowth.meanLogGrowth, sigma, years: yearsLeft, remainingMultiple });
  }
  const paths = input.simulation?.paths ?? DEFAULT_SIMULATION_PATHS;
  const simulation = simulateTargetPaths({
    logGrowths: growths,
    startYear: lastYear,
    startValue: latestValue,
    targetYear: target.targetYear,
    targetValue,
    paths,
    random: mulberry32(input.simulation?.seed ?? 1),
  });
  if (simulation) {
    status.probability.simulated = simulation.probability;
    status.probability.paths = simulation.paths;
    status.fan = simulation.fan;
  }
  const probability = status.probability.simulated ?? status.probability.closedForm;
  status.rating = probability === null ? null : ratingForProbability(probability);
  if (growths.length < 5) notes.push(statusNote('short_growth_history', { years: growths.length }));
  return status;
}
