// Holt's linear method with a damped trend (Gardner and McKenzie), applied to logarithms so that
// the trend is a growth rate. Damping (phi < 1) keeps a short series' recent surge from being
// extrapolated for ever; parameters are chosen by grid search on the one-step squared errors.
import { requirePositive } from './forecast-log-linear';

export interface DampedHoltParameters {
  alpha: number;
  beta: number;
  phi: number;
}

interface HoltState {
  level: number;
  trend: number;
  sse: number;
}

/** Runs the recursions on log values; level starts at y0, trend at y1 - y0, errors count from t = 2. */
function run(logs: readonly number[], { alpha, beta, phi }: DampedHoltParameters): HoltState {
  let level = logs[0]!;
  let trend = logs[1]! - logs[0]!;
  let sse = 0;
  for (let t = 1; t < logs.length; t++) {
    const predicted = level + phi * trend;
    if (t >= 2) sse += (logs[t]! - predicted) ** 2;
    const previousLevel = level;
    level = alpha * logs[t]! + (1 - alpha) * predicted;
    trend = beta * (level - previousLevel) + (1 - beta) * phi * trend;
  }
  return { level, trend, sse };
}

const ALPHAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const PHIS = [0.8, 0.85, 0.9, 0.95, 0.98];

/** Grid search over alpha in 0.1..1, beta in 0.1..alpha, phi in 0.8..0.98; the first minimum wins. */
export function fitDampedHolt(values: readonly number[]): { parameters: DampedHoltParameters; sse: number } {
  requirePositive(values, 3, "damped Holt's method");
  const logs = values.map(Math.log);
  let best: { parameters: DampedHoltParameters; sse: number } | null = null;
  for (const alpha of ALPHAS) {
    for (const beta of ALPHAS) {
      if (beta > alpha) break;
      for (const phi of PHIS) {
        const { sse } = run(logs, { alpha, beta, phi });
        if (best === null || sse < best.sse - 1e-15) best = { parameters: { alpha, beta, phi }, sse };
      }
    }
  }
  return best!;
}

/** ln forecast(h) = level + (phi + phi^2 + ... + phi^h) * trend. */
export function forecastDampedHolt(
  values: readonly number[],
  horizon: number,
  parameters?: DampedHoltParameters,
): { forecasts: number[]; parameters: DampedHoltParameters } {
  requirePositive(values, 3, "damped Holt's method");
  const chosen = parameters ?? fitDampedHolt(values).parameters;
  const { level, trend } = run(values.map(Math.log), chosen);
  const forecasts: number[] = [];
  let damping = 0;
  let power = 1;
  for (let h = 1; h <= horizon; h++) {
    power *= chosen.phi;
    damping += power;
    forecasts.push(Math.exp(level + damping * trend));
  }
  return { forecasts, parameters: chosen };
}
