import { describe, expect, it } from 'vitest';
import { backtestOneStep } from './backtest';
import { fitDampedHolt, forecastDampedHolt } from './forecast-damped-holt';
import { fitLogLinearTrend, forecastLogLinearTrend } from './forecast-log-linear';
import { forecastSeasonalNaiveDrift } from './forecast-seasonal';
import { bestForecast, forecastAnnualSeries, forecastSeasonalSeries } from './forecast-suite';
import { StatsInputError } from './errors';

describe('log-linear trend', () => {
  it('fits ln x = a + b t by least squares (hand calculation)', () => {
    // logs 0, 1, 3 at t = 0, 1, 2: slope = 3 / 2 = 1.5, intercept = 4/3 - 1.5 = -1/6
    const fit = fitLogLinearTrend([1, Math.E, Math.E ** 3]);
    expect(fit.slope).toBeCloseTo(1.5, 12);
    expect(fit.intercept).toBeCloseTo(-1 / 6, 12);
    expect(forecastLogLinearTrend([1, Math.E, Math.E ** 3], 1).forecasts[0]).toBeCloseTo(Math.exp(-1 / 6 + 4.5), 9);
  });
  it('extrapolates a geometric series exactly', () => {
    const values = [100, 110, 121, 133.1];
    expect(forecastLogLinearTrend(values, 2).forecasts).toEqual([expect.closeTo(146.41, 9), expect.closeTo(161.051, 9)]);
  });
  it('refuses non-positive values and too short series', () => {
    expect(() => fitLogLinearTrend([1])).toThrow(StatsInputError);
    expect(() => fitLogLinearTrend([1, 0])).toThrow(/positive/);
  });
});

describe('damped Holt', () => {
  it('on a geometric series picks alpha = beta = 1 and the weakest damping', () => {
    const g = Math.log(1.1);
    const values = Array.from({ length: 8 }, (_, t) => 100 * Math.exp(g * t));
    expect(fitDampedHolt(values).parameters).toEqual({ alpha: 1, beta: 1, phi: 0.98 });
    const { forecasts } = forecastDampedHolt(values, 2);
    // ln forecast(h) = ln x(last) + (phi + ... + phi^h) * g
    expect(forecasts[0]).toBeCloseTo(values[7]! * Math.exp(0.98 * g), 9);
    expect(forecasts[1]).toBeCloseTo(values[7]! * Math.exp((0.98 + 0.98 ** 2) * g), 9);
  });
  it('uses given parameters and runs the recursions by hand', () => {
    // logs 0, 1, 1: l0 = 0, b0 = 1. t=1: l = 0.5*1 + 0.5*(0 + 0.9) = 0.95, b = 0.5*0.95 + 0.5*0.9*1 = 0.925
    // t=2: pred = 0.95 + 0.9*0.925 = 1.7825, l = 0.5*1 + 0.5*1.7825 = 1.39125,
    //      b = 0.5*(1.39125 - 0.95) + 0.5*0.9*0.925 = 0.6368750; forecast(1) = exp(l + 0.9 b)
    const { forecasts } = forecastDampedHolt([1, Math.E, Math.E], 1, { alpha: 0.5, beta: 0.5, phi: 0.9 });
    expect(forecasts[0]).toBeCloseTo(Math.exp(1.39125 + 0.9 * 0.636875), 9);
  });
});

describe('seasonal naive with drift', () => {
  it('reproduces a seasonal pattern growing 10% a year', () => {
    const pattern = [80, 90, 100, 105, 110, 115, 100, 95, 100, 105, 110, 130];
    const values = [...pattern, ...pattern.map((v) => v * 1.1), 80 * 1.21];
    const { forecasts, drift } = forecastSeasonalNaiveDrift(values, 14);
    expect(drift).toBeCloseTo(Math.log(1.1), 12);
    expect(forecasts[0]).toBeCloseTo(90 * 1.21, 9); // February of the third year
    expect(forecasts[11]).toBeCloseTo(80 * 1.331, 9); // January of the fourth year, 12 steps on
    expect(forecasts[13]).toBeCloseTo(100 * 1.331, 9);
  });
});

describe('backtestOneStep', () => {
  it('scores one-step forecasts from rolling origins (hand calculation)', () => {
    // Origin 2: trend through 1, 2 forecasts 4 (error 0); origin 3: trend through 1, 2, 4 forecasts 8 (error -1).
    const result = backtestOneStep([1, 2, 4, 7], (history) => forecastLogLinearTrend(history, 1).forecasts[0]!, 2);
    expect(result?.origins).toBe(2);
    expect(result?.mape).toBeCloseTo((100 * (0 + 1 / 7)) / 2, 9);
    expect(result?.rmse).toBeCloseTo(Math.sqrt(0.5), 9);
    expect(backtestOneStep([1, 2], () => 1, 2)).toBeNull();
  });
});

describe('forecast suite', () => {
  it('runs the methods that fit the series and picks the lowest back-test MAPE', () => {
    const values = [100, 111, 118, 131, 140, 152, 160];
    const results = forecastAnnualSeries(values, 3);
    expect(results.map((r) => r.method)).toEqual(['log_linear_trend', 'damped_holt']);
    for (const result of results) {
      expect(result.forecasts).toHaveLength(3);
      expect(result.backtest?.origins).toBe(values.length - (result.method === 'log_linear_trend' ? 2 : 3));
    }
    const best = bestForecast(results)!;
    const mapes = results.map((r) => r.backtest!.mape);
    expect(best.backtest!.mape).toBe(Math.min(...mapes));
    expect(forecastAnnualSeries([100, 110], 1).map((r) => r.method)).toEqual(['log_linear_trend']);
    expect(bestForecast([])).toBeNull();
  });
  it('adds the seasonal method for monthly series longer than a year', () => {
    const values = Array.from({ length: 30 }, (_, t) => 100 * 1.01 ** t * (t % 12 === 11 ? 1.3 : 1));
    const results = forecastSeasonalSeries(values, 12);
    expect(results.map((r) => r.method)).toEqual(['log_linear_trend', 'damped_holt', 'seasonal_naive_drift']);
    // The seasonal method predicts December's spike; the others cannot.
    expect(bestForecast(results)!.method).toBe('seasonal_naive_drift');
  });
});
