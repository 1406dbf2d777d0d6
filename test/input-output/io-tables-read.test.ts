// The stored Miller and Blair example through the API: the published figures (DOMAIN.md section 7),
// the impact and the claim check, and the request errors a caller can make.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListEnvelope, Problem } from '../../src/contracts/api/common';
import type { ClaimVerdictResponse, IoImpactReport, IoMultipliers, IoTableDetail, IoTableSummary } from '../../src/contracts/api/input-output';
import type { createApp } from '../../src/server/app';
import type { TestDatabase } from '../support/database';
import { createTestApp, getJson } from '../support/test-app';

const EXAMPLE = 'MILLER-BLAIR-2X2';
let app: ReturnType<typeof createApp>;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

async function postJson<T>(path: string, body: unknown): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

describe('the seeded example table', () => {
  it('is listed as a textbook example, not Kazakhstan, with its illustrative columns', async () => {
    const { status, body } = await getJson<ListEnvelope<IoTableSummary>>(app, '/api/v1/io-tables');
    expect(status).toBe(200);
    const example = body.items.find((table) => table.code === EXAMPLE);
    expect(example).toMatchObject({
      kind: 'textbook_example',
      country: null,
      year: 2009,
      isIllustrative: true,
      productCount: 2,
      machineBuildingCodes: [],
      illustrativeColumns: ['household_consumption', 'other_final_demand', 'compensation', 'employment'],
    });
    expect(example!.source.citation).toMatch(/Miller and Peter D\. Blair.*2nd edition.*2009/);
    expect(example!.illustrativeNote).toMatch(/not a table of Kazakhstan/);
    expect(body.total).toBe(body.items.length);
  });

  it('gives its metadata and products', async () => {
    const { status, body } = await getJson<IoTableDetail>(app, `/api/v1/io-tables/${EXAMPLE}`);
    expect(status).toBe(200);
    expect(body.products).toEqual([
      { code: '1', name: 'Sector 1', totalOutput: 1000, householdConsumption: 150, otherFinalDemand: 200, gva: 650, compensation: 400, employment: 20 },
      { code: '2', name: 'Sector 2', totalOutput: 2000, householdConsumption: 700, otherFinalDemand: 1000, gva: 1400, compensation: 600, employment: 60 },
    ]);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const missing = await getJson<Problem>(app, '/api/v1/io-tables/NO-SUCH-TABLE/multipliers');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain('NO-SUCH-TABLE');
    const malformed = await getJson<Problem>(app, '/api/v1/io-tables/bad%20code');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.location).toBe('param.code');
  });
});

describe('multipliers', () => {
  it("are Miller and Blair's output multipliers, 1.5182 and 1.4521", async () => {
    const { status, body } = await getJson<IoMultipliers>(app, `/api/v1/io-tables/${EXAMPLE}/multipliers`);
    expect(status).toBe(200);
    expect(body.products.map((p) => p.code)).toEqual(['1', '2']);
    expect(body.products[0]!.outputMultiplier).toBeCloseTo(1.5182, 4);
    expect(body.products[1]!.outputMultiplier).toBeCloseTo(1.4521, 4);
    // e = 20/1000 and 60/2000 with L of the book: (0.02 x 1.2541254 + 0.03 x 0.2640264) / 0.02.
    expect(body.products[0]!.employmentTypeI).toBeCloseTo(1.650165, 5);
    expect(body.products[0]!.employmentTypeII!).toBeGreaterThan(body.products[0]!.employmentTypeI!);
  });

  it('mark the figures that rest on the illustrative columns', async () => {
    const { body } = await getJson<IoMultipliers>(app, `/api/v1/io-tables/${EXAMPLE}/multipliers`);
    expect(body.illustrativeFields).toEqual(['employmentMultiplier', 'employmentTypeI', 'employmentTypeII', 'incomeTypeI', 'incomeTypeII']);
  });
});

describe('impact', () => {
  it('of final demand [600, 1500] gives L f = [1247.52, 1841.58]', async () => {
    const { status, body } = await postJson<IoImpactReport>(`/api/v1/io-tables/${EXAMPLE}/impact`, {
      group: ['1', '2'],
      mix: { '1': 600, '2': 1500 },
      finalDemand: 2100,
    });
    expect(status).toBe(200);
    expect(body.products.map((p) => p.finalDemandChange)).toEqual([expect.closeTo(600, 9), expect.closeTo(1500, 9)]);
    expect(body.products[0]!.output.typeI).toBeCloseTo(1247.52, 2);
    expect(body.products[1]!.output.typeI).toBeCloseTo(1841.58, 2);
    expect(body.totals.output.direct).toBeCloseTo(2100, 9);
    expect(body.totals.output.total).toBeGreaterThan(body.totals.output.typeI);
    expect(body.target).toMatchObject({ kind: 'group', mixSource: 'given' });
    expect(body.illustrativeFields).toEqual(['income', 'jobs', 'induced']);
  });

  it('of direct jobs in one product shows exactly those direct jobs, and the Type I ratio in total', async () => {
    const { status, body } = await postJson<IoImpactReport>(`/api/v1/io-tables/${EXAMPLE}/impact`, { product: '1', jobs: 100 });
    expect(status).toBe(200);
    expect(body.totals.jobs.direct).toBeCloseTo(100, 9);
    expect(body.totals.jobs.typeI).toBeCloseTo(165.0165, 3);
    expect(body.finalDemandTotal).toBeCloseTo(5000, 9);
    // Jobs as the input pass through employment, which is illustrative here: so is every figure.
    expect(body.illustrativeFields).toEqual(['output', 'gva', 'income', 'jobs', 'induced']);
  });

  it('refuses an unknown product with 400 naming it', async () => {
    const { status, body } = await postJson<Problem>(`/api/v1/io-tables/${EXAMPLE}/impact`, { product: '28', finalDemand: 1 });
    expect(status).toBe(400);
    expect(body.detail).toMatch(/no product "28"/);
  });

  it('refuses a request with both a product and a group, or no amount', async () => {
    const both = await postJson<Problem>(`/api/v1/io-tables/${EXAMPLE}/impact`, { product: '1', group: ['2'], finalDemand: 1 });
    expect(both.status).toBe(400);
    expect(both.body.errors?.map((e) => e.location)).toContain('json.product');
    const none = await postJson<Problem>(`/api/v1/io-tables/${EXAMPLE}/impact`, { product: '1' });
    expect(none.status).toBe(400);
    expect(none.body.errors?.map((e) => e.location)).toContain('json.finalDemand');
  });
});

describe('claim check', () => {
  it('says the 8-10 jobs claim does not hold for sector 1 of the example, with both ratios', async () => {
    const { status, body } = await getJson<ClaimVerdictResponse>(app, `/api/v1/io-tables/${EXAMPLE}/claim-check?group=1`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      holds: false,
      claimedRange: [8, 10],
      claimedRatioRange: [9, 11],
      isKazakhstanTable: false,
      isIllustrative: true,
      groupIsMachineBuilding: false,
    });
    expect(body.typeI.ratio).toBeCloseTo(1.650165, 5);
    expect(body.typeI.jobsElsewherePerDirectJob).toBeCloseTo(0.650165, 5);
    expect(body.typeI.comparison).toBe('below');
    expect(body.typeII.comparison).toBe('below');
    expect(body.typeII.ratio).toBeGreaterThan(body.typeI.ratio);
    expect(body.sentence).toMatch(/does not hold/);
  });

  it('needs a group on a table without machine-building products', async () => {
    const { status, body } = await getJson<Problem>(app, `/api/v1/io-tables/${EXAMPLE}/claim-check`);
    expect(status).toBe(400);
    expect(body.detail).toMatch(/no products marked as machine building/);
  });

  it('takes a mix and refuses a malformed one', async () => {
    const ok = await getJson<ClaimVerdictResponse>(app, `/api/v1/io-tables/${EXAMPLE}/claim-check?group=1,2&mix=1%3D1,2%3D3`);
    expect(ok.status).toBe(200);
    expect(ok.body.group).toMatchObject({ mixSource: 'given', mix: [{ code: '1', share: 0.25 }, { code: '2', share: 0.75 }] });
    const bad = await getJson<Problem>(app, `/api/v1/io-tables/${EXAMPLE}/claim-check?group=1&mix=1:half`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.location).toBe('query.mix');
  });
});

describe('the OpenAPI document', () => {
  it('describes every input-output endpoint', async () => {
    const { body } = await getJson<{ paths: Record<string, Record<string, unknown>> }>(app, '/api/openapi.json');
    expect(Object.keys(body.paths['/api/v1/io-tables']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(body.paths['/api/v1/io-tables/{code}']!).sort()).toEqual(['delete', 'get']);
    for (const path of ['multipliers', 'impact', 'claim-check']) expect(body.paths[`/api/v1/io-tables/{code}/${path}`]).toBeDefined();
  });
});
