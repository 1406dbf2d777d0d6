import { describe, expect, it } from 'vitest';
import { assembleIndicatorStatus, type IndicatorStatusInput } from './indicator-status';
import { normalCdf } from './normal-distribution';
import { roundHalfAwayFromZero } from './rounding';

// A physical volume index: base 2022, x2.2 by 2028, with annual indices 2019-2023 (previous year = 100).
const indices = [
  { year: 2019, index: 110 },
  { year: 2020, index: 95 },
  { year: 2021, index: 115 },
  { year: 2022, index: 111 },
  { year: 2023, index: 124.0, releasedOn: '2024-02-01' },
  { year: 2023, index: 125.4, releasedOn: '2024-04-15' },
  { year: 2024, index: 108, releasedOn: '2025-02-01' },
];
const input: IndicatorStatusInput = {
  code: 'PVI',
  target: { baseYear: 2022, targetYear: 2028, multiple: 2.2 },
  observations: { kind: 'annual_indices', points: indices },
  asOf: '2024-06-01',
  simulation: { paths: 20000, seed: 2024 },
};

describe('assembleIndicatorStatus', () => {
  const status = assembleIndicatorStatus(input);

  it('puts the base year at 100 and reads the latest figure known on the date', () => {
    expect(status.baseValue).toBe(100);
    expect(status.targetValue).toBeCloseTo(220, 12);
    expect(status.latest?.year).toBe(2023);
    expect(status.latest?.value).toBeCloseTo(125.4, 9);
    expect(status.multipleSoFar).toBeCloseTo(1.254, 12);
  });

  it('compares with the trajectory and gives the required rates (DOMAIN.md section 7)', () => {
    const onPath = 100 * 2.2 ** (1 / 6);
    expect(status.trajectoryValue).toBeCloseTo(onPath, 9);
    expect(status.gap?.relative).toBeCloseTo(125.4 / onPath - 1, 9);
    expect(status.requiredAnnualRate).toBeCloseTo(2.2 ** (1 / 6) - 1, 12);
    expect(roundHalfAwayFromZero(status.requiredRateFromNow! * 100, 1)).toBe(11.9);
    expect(status.trajectory.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
  });

  it('estimates the probability from the history of log growth', () => {
    const growths = [1.1, 0.95, 1.15, 1.11, 1.254].map(Math.log);
    const mu = growths.reduce((a, b) => a + b, 0) / 5;
    const sigma = Math.sqrt(growths.reduce((a, g) => a + (g - mu) ** 2, 0) / 4);
    expect(status.historicalGrowth?.meanLogGrowth).toBeCloseTo(mu, 12);
    expect(status.historicalGrowth?.sigma).toBeCloseTo(sigma, 12);
    const closed = normalCdf((5 * mu - Math.log(2.2 / 1.254)) / (sigma * Math.sqrt(5)));
    expect(status.probability.closedForm).toBeCloseTo(closed, 6);
    expect(status.probability.paths).toBe(20000);
    expect(Math.abs(status.probability.simulated! - closed)).toBeLessThan(0.1);
    expect(status.rating).not.toBeNull();
    expect(status.fan.map((f) => f.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(assembleIndicatorStatus(input)).toEqual(status);
    expect(assembleIndicatorStatus({ ...input, simulation: { paths: 20000, seed: 7 } }).probability.simulated).not.toBe(status.probability.simulated);
  });

  it('forecasts to the target year with each method and its back-test', () => {
    expect(status.forecasts.map((f) => f.method)).toEqual(['log_linear_trend', 'damped_holt']);
    // Log-linear trend through ln levels 2018..2023 (6 points), evaluated at 2028.
    const levels = [1, 1.1, 1.045, 1.20175, 1.3339425, 1.3339425 * 1.254].map((v) => (100 * v) / 1.3339425);
    const logs = levels.map(Math.log);
    const tMean = 2.5;
    const yMean = logs.reduce((a, b) => a + b, 0) / 6;
    const slope = logs.reduce((a, y, t) => a + (t - tMean) * (y - yMean), 0) / 17.5;
    const expected = Math.exp(yMean + slope * (10 - tMean));
    expect(status.forecasts[0]!.valueAtTarget).toBeCloseTo(expected, 6);
    expect(status.forecasts[0]!.backtest?.origins).toBe(4);
    expect(status.forecastAtTarget).not.toBeNull();
  });

  it('uses the earlier vintage on an earlier date', () => {
    const earlier = assembleIndicatorStatus({ ...input, asOf: '2024-03-01' });
    expect(earlier.latest?.value).toBeCloseTo(124.0, 9);
  });

  it('reports a measured outcome once the target year is observed', () => {
    const levels = { kind: 'levels' as const, points: [2020, 2021, 2022].map((year, i) => ({ year, value: [50, 60, 101][i]! })) };
    const done = assembleIndicatorStatus({ code: 'X', target: { baseYear: 2020, targetYear: 2022, multiple: 2 }, observations: levels, asOf: '2030-01-01' });
    expect(done.probability).toEqual({ closedForm: 1, simulated: 1, paths: 0 });
    expect(done.rating).toBe('green');
    expect(done.requiredRateFromNow).toBeNull();
  });

  it('explains what it cannot compute', () => {
    const none = assembleIndicatorStatus({ ...input, asOf: '2019-06-01' });
    expect(none.latest).toBeNull();
    expect(none.notes).toEqual([{ code: 'no_release_by', params: { asOf: '2019-06-01' }, text: 'no figures were released by 2019-06-01' }]);
    const late = assembleIndicatorStatus({ ...input, observations: { kind: 'annual_indices', points: [{ year: 2024, index: 108 }] }, asOf: '2025-06-01' });
    expect(late.latest).toBeNull();
    expect(late.notes[0]!.text).toMatch(/do not reach back to the base year 2022/);
  });

  it('works from a single annual index, as in the DOMAIN.md section 7 example', () => {
    const single = assembleIndicatorStatus({ ...input, observations: { kind: 'annual_indices', points: [{ year: 2023, index: 125.4 }] } });
    expect(single.latest?.value).toBeCloseTo(125.4, 9);
    expect(roundHalfAwayFromZero(single.requiredRateFromNow! * 100, 1)).toBe(11.9);
    expect(single.forecasts.map((f) => f.method)).toEqual(['log_linear_trend']);
    expect(single.probability.closedForm).toBeNull(); // one growth rate has no spread
    // Repeating +25.4% for five years gives 125.4 * 1.254^5 = 389.8 >= 220: every path meets the target.
    expect(single.probability.simulated).toBe(1);
    expect(single.notes).toContainEqual({ code: 'short_growth_history', params: { years: 1 }, text: 'the probability rests on only 1 year(s) of growth history' });
  });
});
