// Seasonal naive with drift, on logarithms, for monthly (or quarterly) series: each future month is
// the same month of the last observed year moved by the average year-on-year log growth,
//   ln x(n-1+h) = ln x(n-1+h-12k) + k * g,  k = ceil(h / 12),  g = mean of ln x(t) - ln x(t-12).
// It keeps the seasonal pattern exactly and needs only a little more than one year of data.
import { requirePositive } from './forecast-log-linear';

export function forecastSeasonalNaiveDrift(
  values: readonly number[],
  horizon: number,
  seasonLength = 12,
): { forecasts: number[]; drift: number } {
  requirePositive(values, seasonLength + 1, 'the seasonal naive method');
  const logs = values.map(Math.log);
  let sum = 0;
  for (let t = seasonLength; t < logs.length; t++) sum += logs[t]! - logs[t - seasonLength]!;
  const drift = sum / (logs.length - seasonLength);
  const last = logs.length - 1;
  const forecasts = Array.from({ length: horizon }, (_, i) => {
    const h = i + 1;
    const seasons = Math.ceil(h / seasonLength);
    return Math.exp(logs[last + h - seasons * seasonLength]! + seasons * drift);
  });
  return { forecasts, drift };
}
