// The indicator engine on the default dataset: every figure below is computed here again from the
// raw public figures in data/statistics (PVI 2022 = 111, 2023 = 125.4, previous year = 100), not
// copied from the program's output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorDetail, PlanIndicatorStatus } from '../../src/contracts/api/indicator-status';
import type { createApp } from '../../src/server/app';
import type { TestDatabase } from '../support/database';
import { createTestApp, getJson } from '../support/test-app';

const PLAN = 'MB-2024-2028';
const BASE = `/api/v1/plans/${PLAN}/indicators`;
let app: ReturnType<typeof createApp>;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

describe('indicator status of the default plan', () => {
  it('computes PVI from the seeded public figures with the assumed base year 2022', async () => {
    const { status, body } = await getJson<PlanIndicatorStatus>(app, `${BASE}/status?asOf=2025-01-01`);
    expect(status).toBe(200);
    const pvi = body.items.find((item) => item.code === 'PVI')!;
    expect(pvi.baseYear).toMatchObject({ year: 2022, source: 'plan_assumption', isAssumed: true });
    expect(pvi.hasData).toBe(true);
    expect(pvi.baseValue).toBe(100);
    expect(pvi.latest).toEqual({ year: 2023, period: '2023', value: expect.closeTo(125.4, 10) });
    // DOMAIN.md section 7: (2.2 / 1.254)^(1/5) - 1 = 11.9% a year in 2024-2028.
    const requiredFromNow = (2.2 / 1.254) ** (1 / 5) - 1;
    expect(pvi.requiredRateFromNow).toBeCloseTo(requiredFromNow, 12);
    expect(Math.round(pvi.requiredRateFromNow! * 1000) / 10).toBe(11.9);
    expect(pvi.requiredAnnualRate).toBeCloseTo(2.2 ** (1 / 6) - 1, 12);
    const onPath = 100 * 2.2 ** (1 / 6);
    expect(pvi.trajectoryValue).toBeCloseTo(onPath, 10);
    expect(pvi.gap?.absolute).toBeCloseTo(125.4 - onPath, 10);
    expect(pvi.gap?.relative).toBeCloseTo(125.4 / onPath - 1, 10);
    // Growth history: ln(1.11) and ln(1.254); the closed form of DOMAIN.md with n = 5 years left.
    const growths = [Math.log(1.11), Math.log(1.254)];
    const mu = (growths[0]! + growths[1]!) / 2;
    const sigma = Math.sqrt((growths[0]! - mu) ** 2 + (growths[1]! - mu) ** 2);
    expect(pvi.historicalGrowth?.meanLogGrowth).toBeCloseTo(mu, 12);
    expect(pvi.historicalGrowth?.sigma).toBeCloseTo(sigma, 12);
    expect(pvi.probability.closedForm).not.toBeNull();
    expect(pvi.probability.simulated).not.toBeNull();
    expect(pvi.probability.seed).toBeGreaterThan(0);
    expect(pvi.rating).not.toBeNull();
    expect(pvi.forecasts.map((f) => f.method)).toContain('log_linear_trend');
    expect(pvi.forecastAtTarget?.value).toBeGreaterThan(0);
    expect(pvi.latestRelease).toMatchObject({ period: '2024-01..2024-02', value: 123.4 });
  });

  it('gives the same probability on every request (fixed seed)', async () => {
    const first = await getJson<PlanIndicatorStatus>(app, `${BASE}/status?asOf=2025-02-01`);
    const second = await getJson<PlanIndicatorStatus>(app, `${BASE}/status?asOf=2025-02-01`);
    const pick = (body: PlanIndicatorStatus) => body.items.find((i) => i.code === 'PVI')!.probability;
    expect(pick(second.body)).toEqual(pick(first.body));
  });

  it('says "no data" for indicators without a series instead of failing', async () => {
    const { body } = await getJson<PlanIndicatorStatus>(app, `${BASE}/status?asOf=2025-01-01`);
    const gva = body.items.find((item) => item.code === 'GVA')!;
    expect(gva.hasData).toBe(false);
    expect(gva.latest).toBeNull();
    expect(gva.rating).toBeNull();
    expect(gva.notes.map((n) => n.code)).toContain('no_series_linked');
  });

  it('hides a vintage released after asOf', async () => {
    // The 2023 index (125.4) was released on 2024-03-21.
    const before = await getJson<PlanIndicatorStatus>(app, `${BASE}/status?asOf=2024-03-20`);
    const pvi = before.body.items.find((item) => item.code === 'PVI')!;
    expect(pvi.latest).toEqual({ year: 2022, period: '2022', value: 100 });
    expect(pvi.requiredRateFromNow).toBeCloseTo(2.2 ** (1 / 6) - 1, 12);
    expect(pvi.latestRelease).toMatchObject({ period: '2023-01..2023-10', value: 127 });
    const detail = await getJson<IndicatorDetail>(app, `${BASE}/PVI?asOf=2024-03-20`);
    expect(detail.body.observations.map((o) => o.period)).not.toContain('2023');
    const nothing = await getJson<PlanIndicatorStatus>(app, `${BASE}/status?asOf=2023-12-05`);
    const none = nothing.body.items.find((item) => item.code === 'PVI')!;
    expect(none.hasData).toBe(false);
    expect(none.latest).toBeNull();
  });

  it('shows the implied deflator of GVA x4.5 against PVI x2.2 with its arithmetic', async () => {
    const { body } = await getJson<PlanIndicatorStatus>(app, `${BASE}/status`);
    const check = body.consistencyChecks.find((c) => c.kind === 'implied_deflator' && c.indicators.join() === 'GVA,PVI')!;
    expect(check.result.deflatorMultiple).toBeCloseTo(4.5 / 2.2, 12);
    expect(Math.round((4.5 / 2.2) * 1000) / 1000).toBe(2.045);
    expect(check.arithmetic).toContain('4.5 / 2.2 = 2.045');
    // Prices x2.045 over 2022-2028: (4.5 / 2.2)^(1/6) - 1 = 12.7% a year.
    expect(check.result.annualRate).toBeCloseTo((4.5 / 2.2) ** (1 / 6) - 1, 12);
    expect(check.arithmetic).toContain('12.7%');
    expect(check.assumptions.join(' ')).toMatch(/2022 is assumed/);
  });

  it('explains that divergence needs obligations, or computes it from them', async () => {
    const { body } = await getJson<PlanIndicatorStatus>(app, `${BASE}/status`);
    expect(body.divergence.note.length).toBeGreaterThan(20);
    const pvi = body.divergence.indicators.find((entry) => entry.indicatorCode === 'PVI')!;
    expect(pvi.measures).toBeGreaterThan(0);
    if (!body.divergence.obligationsTracked) expect(pvi.due).toBeNull();
  });

  it('describes every endpoint the pages read in the OpenAPI document', async () => {
    const { body } = await getJson<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>(app, '/api/openapi.json');
    for (const path of ['/api/v1/plans/{planCode}/indicators/status', '/api/v1/plans/{planCode}/indicators/{code}', '/api/v1/plans/{planCode}/indicators/{code}/contributions']) {
      expect(body.paths[path], path).toBeDefined();
    }
    for (const schema of ['PlanIndicatorStatus', 'IndicatorDetail', 'IndicatorContributions', 'ConsistencyCheck']) expect(body.components.schemas[schema], schema).toBeDefined();
  });

  it('answers 404 for an unknown plan or indicator and 400 for a malformed date', async () => {
    expect((await getJson(app, '/api/v1/plans/NO-SUCH-PLAN/indicators/status')).status).toBe(404);
    expect((await getJson(app, `${BASE}/NOPE`)).status).toBe(404);
    expect((await getJson(app, `${BASE}/status?asOf=2024-13`)).status).toBe(400);
  });
});
