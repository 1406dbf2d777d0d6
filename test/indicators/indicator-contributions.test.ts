// Sub-branch contributions to PVI's year-on-year change, from monthly branch levels and GVA weights
// imported like any statistics file. The expected points are computed here by hand from DOMAIN.md
// section 4 (first linked year: T(k,y,m) = 100 W(k,y0) Q(k,y,m) / Qbar(k,y0)).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importObservations } from '../../src/app/statistics/import-observations';
import type { IndicatorContributions } from '../../src/contracts/api/indicator-status';
import type { createApp } from '../../src/server/app';
import type { TestDatabase } from '../support/database';
import { branchGva2022, branchLevels, writePviBranchFile } from '../support/pvi-branch-file';
import { createTestApp, getJson } from '../support/test-app';

const BASE = '/api/v1/plans/MB-2024-2028/indicators/PVI/contributions';
let app: ReturnType<typeof createApp>;
let db: TestDatabase;
let folder: string;

const levelsOf = branchLevels;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  folder = mkdtempSync(join(tmpdir(), 'zhospar-contrib-'));
  const file = writePviBranchFile(folder);
  const report = await importObservations(db.pool, { path: file });
  expect(report.status).toBe('imported');
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await db.drop();
});

describe('contributions to growth', () => {
  it('chain-links the sub-branches and splits the year-on-year change exactly', async () => {
    const { status, body } = await getJson<IndicatorContributions>(app, `${BASE}?by=branch&asOf=2024-06-01&period=2023-05`);
    expect(status).toBe(200);
    expect(body.available).toBe(true);
    expect(body.baseYear).toBe(2022);
    expect(body.note).toMatch(/not additive/);
    expect(body.components.map((c) => c.key).sort()).toEqual(['28.1', '29.1']);

    const total = branchGva2022['28.1'] + branchGva2022['29.1'];
    const weights = { '28.1': branchGva2022['28.1'] / total, '29.1': branchGva2022['29.1'] / total };
    const mean2022 = (key: keyof typeof levelsOf) => Array.from({ length: 12 }, (_, t) => levelsOf[key](t)).reduce((a, b) => a + b, 0) / 12;
    const term = (key: keyof typeof levelsOf, t: number) => (100 * weights[key] * levelsOf[key](t)) / mean2022(key);
    const may2022 = 4;
    const may2023 = 16;
    const chained2022 = term('28.1', may2022) + term('29.1', may2022);
    const chained2023 = term('28.1', may2023) + term('29.1', may2023);
    for (const key of ['28.1', '29.1'] as const) {
      const expected = (100 * (term(key, may2023) - term(key, may2022))) / chained2022;
      expect(body.selected.find((c) => c.key === key)?.yoyPoints).toBeCloseTo(expected, 10);
    }
    const sum = body.selected.reduce((total, c) => total + c.yoyPoints, 0);
    expect(sum).toBeCloseTo(100 * (chained2023 / chained2022) - 100, 10);
    expect(body.aggregate.find((a) => a.period === '2023-05')?.yoy).toBeCloseTo((100 * chained2023) / chained2022, 10);
    expect(body.periods).toHaveLength(12);
  });

  it('is empty with the reason when no regional figures exist', async () => {
    const { body } = await getJson<IndicatorContributions>(app, `${BASE}?by=region`);
    expect(body).toMatchObject({ available: false, reason: 'no_component_data', rows: [] });
    expect(body.explanation).toMatch(/region/);
  });

  it('hides branch figures released after asOf', async () => {
    const { body } = await getJson<IndicatorContributions>(app, `${BASE}?by=branch&asOf=2024-02-01`);
    expect(body).toMatchObject({ available: false, reason: 'no_component_data' });
  });

  it('answers 404 for an unknown indicator and 400 for a bad period', async () => {
    expect((await getJson(app, '/api/v1/plans/MB-2024-2028/indicators/NOPE/contributions')).status).toBe(404);
    expect((await getJson(app, `${BASE}?period=2023`)).status).toBe(400);
  });
});
