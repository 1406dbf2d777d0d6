// Log-linear trend: ln x(t) = a + b * t by least squares, extrapolated. The simplest method that
// respects compounding, and robust on the 5-15 annual points a plan indicator usually has.
import { StatsInputError } from './errors';

export interface LogLinearFit {
  intercept: number;
  /** Log growth per step; exp(slope) - 1 is the trend growth rate. */
  slope: number;
}

export function requirePositive(values: readonly number[], minimum: number, method: string): void {
  if (values.length < minimum) throw new StatsInputError(`${method} needs at least ${minimum} observations, got ${values.length}`);
  for (const value of values) {
    if (!(value > 0) || !Number.isFinite(value)) throw new StatsInputError(`${method} works on positive values, got ${value}`);
  }
}

export function fitLogLinearTrend(values: readonly number[]): LogLinearFit {
  requirePositive(values, 2, 'a log-linear trend');
  const n = values.length;
  const meanT = (n - 1) / 2;
  let meanY = 0;
  for (const value of values) meanY += Math.log(value) / n;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, t) => {
    covariance += (t - meanT) * (Math.log(value) - meanY);
    variance += (t - meanT) ** 2;
  });
  const slope = covariance / variance;
  return { intercept: meanY - slope * meanT, slope };
}

/** Forecasts for the `horizon` steps after the last observation. */
export function forecastLogLinearTrend(values: readonly number[], horizon: number): { forecasts: number[]; fit: LogLinearFit } {
  const fit = fitLogLinearTrend(values);
  const last = values.length - 1;
  const forecasts = Array.from({ length: horizon }, (_, h) => Math.exp(fit.intercept + fit.slope * (last + h + 1)));
  return { forecasts, fit };
}
