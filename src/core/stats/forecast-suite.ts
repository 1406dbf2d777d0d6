// Runs every forecasting method that suits a series, each with its back-test error, and picks the
// one with the lowest back-test MAPE (ties and missing back-tests keep the listed order, log-linear
// first, as the least assumption-laden method).
import { type BacktestError, backtestOneStep } from './backtest';
import { forecastDampedHolt } from './forecast-damped-holt';
import { forecastLogLinearTrend } from './forecast-log-linear';
import { forecastSeasonalNaiveDrift } from './forecast-seasonal';

export type ForecastMethod = 'log_linear_trend' | 'damped_holt' | 'seasonal_naive_drift';

export interface MethodForecast {
  method: ForecastMethod;
  /** Forecasts for the `horizon` steps after the last observation. */
  forecasts: number[];
  parameters: Record<string, number>;
  backtest: BacktestError | null;
}

/** Minimum observations to fit, and to start back-testing, for each method. */
export const MINIMUM_HISTORY = { log_linear_trend: 2, damped_holt: 3 } as const;

export function forecastAnnualSeries(values: readonly number[], horizon: number): MethodForecast[] {
  const results: MethodForecast[] = [];
  if (values.length >= MINIMUM_HISTORY.log_linear_trend) {
    const { forecasts, fit } = forecastLogLinearTrend(values, horizon);
    results.push({
      method: 'log_linear_trend',
      forecasts,
      parameters: { intercept: fit.intercept, slope: fit.slope },
      backtest: backtestOneStep(values, (history) => forecastLogLinearTrend(history, 1).forecasts[0]!, MINIMUM_HISTORY.log_linear_trend),
    });
  }
  if (values.length >= MINIMUM_HISTORY.damped_holt) {
    const { forecasts, parameters } = forecastDampedHolt(values, horizon);
    results.push({
      method: 'damped_holt',
      forecasts,
      parameters: { ...parameters },
      backtest: backtestOneStep(values, (history) => forecastDampedHolt(history, 1).forecasts[0]!, MINIMUM_HISTORY.damped_holt),
    });
  }
  return results;
}

/** Monthly (or quarterly) series: the annual methods plus the seasonal one when a season is covered. */
export function forecastSeasonalSeries(values: readonly number[], horizon: number, seasonLength = 12): MethodForecast[] {
  const results = forecastAnnualSeries(values, horizon);
  if (values.length > seasonLength) {
    const { forecasts, drift } = forecastSeasonalNaiveDrift(values, horizon, seasonLength);
    results.push({
      method: 'seasonal_naive_drift',
      forecasts,
      parameters: { drift, seasonLength },
      backtest: backtestOneStep(values, (history) => forecastSeasonalNaiveDrift(history, 1, seasonLength).forecasts[0]!, seasonLength + 1),
    });
  }
  return results;
}

export function bestForecast(results: readonly MethodForecast[]): MethodForecast | null {
  let best: MethodForecast | null = null;
  for (const result of results) {
    if (best === null) best = result;
    else if (result.backtest && (!best.backtest || result.backtest.mape < best.backtest.mape)) best = result;
  }
  return best;
}
