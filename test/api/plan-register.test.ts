import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createApp } from '../../src/server/app';
import type { ListEnvelope, Problem } from '../../src/contracts/api/common';
import type { PlanDetail, PlanSummary } from '../../src/contracts/api/plans';
import type { MeasureDetail, MeasureSummary } from '../../src/contracts/api/measures';
import type { Indicator } from '../../src/contracts/api/indicators';
import type { BranchGroup, Region } from '../../src/contracts/api/classifications';
import type { Organization } from '../../src/contracts/api/organizations';
import { createTestApp, getJson } from '../support/test-app';
import type { TestDatabase } from '../support/database';

const PLAN = 'MB-2024-2028';
let app: ReturnType<typeof createApp>;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

function expectProblem(result: { status: number; body: unknown; headers: Headers }, status: number) {
  expect(result.status).toBe(status);
  expect(result.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = result.body as Problem;
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(10);
  return problem;
}

describe('health', () => {
  it('answers 200 while the database is reachable', async () => {
    const { status, body } = await getJson(app, '/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: 'reachable' });
  });

  it('answers 503 when the database cannot be reached', async () => {
    const unreachable = new pg.Pool({ host: '127.0.0.1', port: 1, user: 'x', password: 'x', database: 'x', connectionTimeoutMillis: 500 });
    const broken = createApp({ pool: unreachable, version: 'test', webRoot: null });
    const { status, body } = await getJson(broken, '/api/health');
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unavailable', database: 'unreachable' });
    await unreachable.end();
  });
});

describe('plans', () => {
  it('lists the machine-building plan with its counts in the list envelope', async () => {
    const { status, body } = await getJson<ListEnvelope<PlanSummary>>(app, '/api/v1/plans');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    const plan = body.items[0]!;
    expect(plan).toMatchObject({ code: PLAN, periodStart: 2024, periodEnd: 2028, areaCount: 7, measureCount: 79, illustrativeMeasureCount: 79 });
    expect(plan.owner.code).toBe('MIC');
    expect(plan.sources.length).toBeGreaterThan(0);
  });

  it('gives a plan with its 7 areas whose measure counts add up to 79', async () => {
    const { status, body } = await getJson<PlanDetail>(app, `/api/v1/plans/${PLAN}`);
    expect(status).toBe(200);
    expect(body.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(body.areas.reduce((sum, a) => sum + a.measureCount, 0)).toBe(79);
    expect(body.areas.every((a) => a.isIllustrative)).toBe(true);
    expect(body.names.ru).toContain('машиностроения');
  });

  it('answers 404 as problem+json for an unknown plan code and 400 for a malformed one', async () => {
    expectProblem(await getJson(app, '/api/v1/plans/NO-SUCH-PLAN'), 404);
    const bad = expectProblem(await getJson(app, `/api/v1/plans/${encodeURIComponent('bad code!')}`), 400);
    expect(bad.errors?.[0]?.location).toBe('param.planCode');
  });

  it('lists the target indicators with price basis, sources and the required rate when a base year is known', async () => {
    const { status, body } = await getJson<ListEnvelope<Indicator>>(app, `/api/v1/plans/${PLAN}/indicators`);
    expect(status).toBe(200);
    const byCode = new Map(body.items.map((i) => [i.code, i]));
    expect(byCode.get('GVA')?.targetMultiple).toBe(4.5);
    expect(byCode.get('PVI')?.targetMultiple).toBe(2.2);
    expect(byCode.get('PVI')?.priceBasis).toBe('volume_index');
    expect(byCode.get('EXPORTS')?.targetMultiple).toBe(3);
    expect(byCode.get('INVESTMENT')?.targetMultiple).toBe(1.5);
    expect(byCode.get('LABOUR_PRODUCTIVITY')?.targetMultiple).toBe(1.9);
    for (const indicator of body.items) {
      expect(indicator.sources.length).toBeGreaterThan(0);
      if (indicator.baseYear !== null && indicator.targetYear !== null && indicator.targetMultiple !== null) {
        const expected = indicator.targetMultiple ** (1 / (indicator.targetYear - indicator.baseYear)) - 1;
        expect(indicator.requiredAnnualRate).toBeCloseTo(expected, 12);
      } else {
        expect(indicator.requiredAnnualRate).toBeNull();
      }
    }
  });
});

describe('measures', () => {
  const path = `/api/v1/plans/${PLAN}/measures`;

  it('pages through all 79 measures in number order', async () => {
    const first = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?limit=30`);
    const last = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?limit=30&offset=60`);
    expect(first.body).toMatchObject({ total: 79, limit: 30, offset: 0 });
    expect(first.body.items.map((m) => m.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(last.body.items.map((m) => m.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 61));
    const beyond = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?offset=500`);
    expect(beyond.body).toMatchObject({ items: [], total: 79 });
  });

  it('filters by area and by executor organisation (lead or co-executor)', async () => {
    const plan = (await getJson<PlanDetail>(app, `/api/v1/plans/${PLAN}`)).body;
    const area3 = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?area=3&limit=500`);
    expect(area3.body.total).toBe(plan.areas[2]!.measureCount);
    expect(area3.body.items.every((m) => m.areaNumber === 3)).toBe(true);

    const all = (await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?limit=500`)).body.items;
    const involvesMf = all.filter((m) => m.leadExecutor.code === 'MF' || m.coExecutors.some((o) => o.code === 'MF'));
    const filtered = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?executor=MF&limit=500`);
    expect(involvesMf.length).toBeGreaterThan(0);
    expect(filtered.body.items.map((m) => m.number)).toEqual(involvesMf.map((m) => m.number));
  });

  it('finds measures by text in any language and case', async () => {
    const all = (await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?limit=500`)).body.items;
    const sample = all.find((m) => (m.names.ru ?? '').length > 20)!;
    const word = sample.names.ru!.split(/\s+/).find((w) => w.length > 7)!.replace(/[^\p{L}]/gu, '');
    const upper = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?q=${encodeURIComponent(word.toUpperCase())}&limit=500`);
    expect(upper.body.items.map((m) => m.number)).toContain(sample.number);
    const english = sample.names.en!.split(/\s+/).find((w) => w.length > 6)!.replace(/[^\p{L}]/gu, '');
    const en = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?q=${encodeURIComponent(english.toLowerCase())}&limit=500`);
    expect(en.body.items.map((m) => m.number)).toContain(sample.number);
    const none = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?q=${encodeURIComponent('%_no such text_%')}`);
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });

  it('answers from the read cache only while the register is unchanged, whichever process changed it', async () => {
    const first = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?limit=3`);
    // A change made outside this app instance, as another process would make it.
    await db.pool.query(`update measures set names = jsonb_set(names, '{en}', '"Renamed by another process"') where number = 2`);
    const second = await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?limit=3`);
    expect(first.body.items[1]!.names.en).not.toBe('Renamed by another process');
    expect(second.body.items[1]!.names.en).toBe('Renamed by another process');
  });

  it('sends the list compressed to clients that accept it, and 304 to a client that has it', async () => {
    const plain = await app.request(`${path}?limit=50`);
    const plainText = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    const etag = plain.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    for (const [accept, coding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip;q=1, br;q=0', 'gzip', gunzipSync],
    ] as const) {
      const response = await app.request(`${path}?limit=50`, { headers: { 'accept-encoding': accept } });
      expect(response.headers.get('content-encoding')).toBe(coding);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(plainText) / 4);
      expect(decode(bytes).toString('utf8')).toBe(plainText);
      expect(response.headers.get('etag')).toBe(etag);
    }

    const revalidated = await app.request(`${path}?limit=50`, { headers: { 'if-none-match': `W/${etag}` } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');

    await db.pool.query(`update measures set names = jsonb_set(names, '{en}', '"Renamed for the tag test"') where number = 1`);
    const changed = await app.request(`${path}?limit=50`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('rejects bad paging and filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'query.limit'],
      ['limit=abc', 'query.limit'],
      ['limit=501', 'query.limit'],
      ['offset=-1', 'query.offset'],
      ['area=x', 'query.area'],
    ] as const) {
      const problem = expectProblem(await getJson(app, `${path}?${query}`), 400);
      expect(problem.errors?.map((e) => e.location)).toContain(field);
    }
  });

  it('gives a measure with every field', async () => {
    const summary = (await getJson<ListEnvelope<MeasureSummary>>(app, `${path}?limit=1`)).body.items[0]!;
    const { status, body } = await getJson<MeasureDetail>(app, `/api/v1/measures/${summary.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: summary.id, number: 1, planCode: PLAN, isIllustrative: true, version: 1 });
    expect(body.deadlineText.length).toBeGreaterThan(3);
    expect(body.leadExecutor.code).toMatch(/^[A-Z]/);
    expect(body.area.number).toBe(summary.areaNumber);
    expect(body.expectedResult.ru ?? body.expectedResult.en).toBeTruthy();
    const total = body.costs.reduce((sum, c) => sum + (c.amountMillionKzt ?? 0), 0);
    expect(body.totalCostMillionKzt ?? 0).toBeCloseTo(total, 6);
  });

  it('answers 400 for malformed ids and 404 for unknown ones', async () => {
    expectProblem(await getJson(app, '/api/v1/measures/abc'), 400);
    expectProblem(await getJson(app, '/api/v1/measures/-3'), 400);
    expectProblem(await getJson(app, '/api/v1/measures/99999999999999999999'), 400);
    expectProblem(await getJson(app, '/api/v1/measures/987654'), 404);
  });
});

describe('reference lists', () => {
  it('lists organisations', async () => {
    const { body } = await getJson<ListEnvelope<Organization>>(app, '/api/v1/organizations?limit=500');
    expect(body.items.map((o) => o.code)).toEqual(expect.arrayContaining(['MIC', 'MF', 'MNE']));
    expect(body.total).toBe(body.items.length);
  });

  it('lists the 37 OKED groups with their scope, and filters by scope', async () => {
    const all = await getJson<ListEnvelope<BranchGroup>>(app, '/api/v1/classifications/branches');
    expect(all.body.total).toBe(37);
    const core = await getJson<ListEnvelope<BranchGroup>>(app, '/api/v1/classifications/branches?scope=core');
    const extended = await getJson<ListEnvelope<BranchGroup>>(app, '/api/v1/classifications/branches?scope=extended');
    expect(core.body.total + extended.body.total).toBe(37);
    expect(extended.body.items.every((g) => g.division === '25')).toBe(true);
    expectProblem(await getJson(app, '/api/v1/classifications/branches?scope=everything'), 400);
  });

  it('lists the 20 regions', async () => {
    const { body } = await getJson<ListEnvelope<Region>>(app, '/api/v1/regions');
    expect(body.total).toBe(20);
    expect(body.items.filter((r) => r.kind === 'city').map((r) => r.code).sort()).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
  });
});

describe('API documents and conventions', () => {
  it('serves an OpenAPI 3.1 document describing every route', async () => {
    const { status, body } = await getJson<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>(app, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const p of ['/api/health', '/api/v1/plans', '/api/v1/plans/{planCode}', '/api/v1/plans/{planCode}/measures', '/api/v1/measures/{id}', '/api/v1/plans/{planCode}/indicators', '/api/v1/organizations', '/api/v1/classifications/branches']) {
      expect(body.paths, p).toHaveProperty([p]);
    }
    expect(Object.keys(body.components.schemas)).toEqual(expect.arrayContaining(['Problem', 'Measure', 'MeasureSummary', 'Plan', 'Indicator']));
  });

  it('serves readable API docs from its own origin', async () => {
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/docs/init.js');
    expect(await (await app.request('/api/docs/init.js')).text()).toContain('/api/openapi.json');
    const bundle = await app.request('/api/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
  });

  it('answers unknown API paths with a 404 problem and sends security headers', async () => {
    const result = await getJson(app, '/api/v1/nothing-here');
    expectProblem(result, 404);
    expect(result.headers.get('x-content-type-options')).toBe('nosniff');
    expect(result.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
