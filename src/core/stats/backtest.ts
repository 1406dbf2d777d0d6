// Back-test error of a forecasting method on the series' own history: rolling origin, one step
// ahead. For every origin o from minHistory to n - 1 the method sees values[0..o) and forecasts
// values[o]; MAPE and RMSE summarise the errors. It is the honest measure for short series, where
// a holdout of several points would leave too little to fit.

export interface BacktestError {
  /** How many one-step forecasts were scored. */
  origins: number;
  /** Mean absolute percentage error, in percent. */
  mape: number;
  /** Root mean squared error, in the series' unit. */
  rmse: number;
}

export function backtestOneStep(
  values: readonly number[],
  forecastNext: (history: readonly number[]) => number,
  minHistory: number,
): BacktestError | null {
  let origins = 0;
  let absolutePercent = 0;
  let squares = 0;
  for (let origin = Math.max(1, minHistory); origin < values.length; origin++) {
    const actual = values[origin]!;
    const error = actual - forecastNext(values.slice(0, origin));
    absolutePercent += Math.abs(error / actual);
    squares += error * error;
    origins++;
  }
  if (origins === 0) return null;
  return { origins, mape: (100 * absolutePercent) / origins, rmse: Math.sqrt(squares / origins) };
}
