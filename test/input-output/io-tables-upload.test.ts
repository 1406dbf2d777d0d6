// Uploading and deleting tables: permissions, CSV and XLSX told apart by content, every problem of
// an invalid file named by its cell with nothing stored, and results that follow the stored data.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListEnvelope, Problem } from '../../src/contracts/api/common';
import type { ClaimVerdictResponse, IoMultipliers, IoTableSummary } from '../../src/contracts/api/input-output';
import type { createApp } from '../../src/server/app';
import { insertExampleIoTables, loadExampleIoTables } from '../../src/app/input-output/seed-example-io-tables';
import { resolveDataPath } from '../../src/io/data-path';
import { createUser, signIn, type TestUser } from '../support/auth';
import type { TestDatabase } from '../support/database';
import { createTestApp, getJson } from '../support/test-app';

let app: ReturnType<typeof createApp>;
let db: TestDatabase;
let importer: TestUser;
let executor: TestUser;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  importer = await createUser(db.pool, { organizationCode: 'MIC', roles: ['coordinator'] });
  executor = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
});
afterAll(async () => {
  await db.drop();
});

/** Three products coded as OKED divisions: 28 and 29 are machine building. */
const MACHINE_TABLE = [
  'code,name,01,28,29,household_consumption,other_final_demand,total_output,gva,compensation,employment',
  '01,Agriculture,100,20,10,400,470,1000,600,300,200',
  '28,Machinery,50,100,80,50,720,1000,500,350,40',
  '29,Motor vehicles,10,60,90,200,640,1000,450,300,30',
].join('\n');

const BROKEN_TABLE = [
  'code,name,01,28,household_consumption,other_final_demand,total_output,gva,compensation,employment',
  '01,Agriculture,100,20,400,480,1000,600,300,x',
  '28,Machinery,50,-3,50,720,1000,500,350,40',
].join('\n');

function form(fields: Record<string, string>, file: { content: BlobPart; name: string } | null): FormData {
  const body = new FormData();
  if (file) body.set('file', new File([file.content], file.name));
  for (const [key, value] of Object.entries(fields)) body.set(key, value);
  return body;
}

function upload(body: FormData, user: TestUser | null) {
  return app.request('/api/v1/io-tables', { method: 'POST', body, headers: user ? { authorization: `Bearer ${user.token}` } : {} });
}

const metadata = (code: string) => ({ code, name: 'Test table', year: '2021', source: 'Test data made for this test', country: 'KZ', kind: 'other' });

async function codes(): Promise<string[]> {
  return (await getJson<ListEnvelope<IoTableSummary>>(app, '/api/v1/io-tables')).body.items.map((t) => t.code);
}

describe('permissions', () => {
  it('refuses an upload by the public (401) and by an executor (403), storing nothing', async () => {
    const anonymous = await upload(form(metadata('T-PUBLIC'), { content: MACHINE_TABLE, name: 't.csv' }), null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const executorResponse = await upload(form(metadata('T-EXECUTOR'), { content: MACHINE_TABLE, name: 't.csv' }), executor);
    expect(executorResponse.status).toBe(403);
    expect(await codes()).not.toContain('T-PUBLIC');
    expect(await codes()).not.toContain('T-EXECUTOR');
  });

  it('needs the CSRF token with a session cookie', async () => {
    const { cookie, csrfToken } = await signIn(app, importer.email, importer.password);
    const send = (headers: Record<string, string>) =>
      app.request('/api/v1/io-tables', { method: 'POST', body: form(metadata('T-SESSION'), { content: MACHINE_TABLE, name: 't.csv' }), headers });
    expect((await send({ cookie })).status).toBe(403);
    expect(await codes()).not.toContain('T-SESSION');
    expect((await send({ cookie, 'x-csrf-token': csrfToken })).status).toBe(201);
  });

  it('refuses a delete by the public', async () => {
    const response = await app.request('/api/v1/io-tables/MILLER-BLAIR-2X2', { method: 'DELETE' });
    expect(response.status).toBe(401);
    expect(await codes()).toContain('MILLER-BLAIR-2X2');
  });
});

describe('a valid upload', () => {
  it('stores a CSV table (201), finds its machine-building products and computes from it', async () => {
    const response = await upload(form({ ...metadata('KZ-TEST-CSV'), sourceUrl: 'https://stat.gov.kz/' }, { content: MACHINE_TABLE, name: 'table.csv' }), importer);
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe('/api/v1/io-tables/KZ-TEST-CSV');
    const summary = (await response.json()) as IoTableSummary;
    expect(summary).toMatchObject({ code: 'KZ-TEST-CSV', productCount: 3, country: 'KZ', machineBuildingCodes: ['28', '29'], isIllustrative: false, year: 2021 });
    expect(summary.source).toEqual({ citation: 'Test data made for this test', url: 'https://stat.gov.kz/' });
    const { rows } = await db.pool.query('select created_by from io_tables where code = $1', ['KZ-TEST-CSV']);
    expect(rows[0].created_by).toBe(importer.userId);

    const claim = await getJson<ClaimVerdictResponse>(app, '/api/v1/io-tables/KZ-TEST-CSV/claim-check');
    expect(claim.status).toBe(200);
    expect(claim.body).toMatchObject({ groupIsMachineBuilding: true, isKazakhstanTable: true, isIllustrative: false });
    expect(claim.body.group.mix.map((m) => m.code)).toEqual(['28', '29']);
  });

  it('stores an XLSX table, recognised by its content whatever its name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('io');
    const [header, ...rows] = MACHINE_TABLE.split('\n');
    sheet.addRow(header!.split(','));
    for (const line of rows) sheet.addRow(line.split(',').map((cell, i) => (i >= 2 ? Number(cell) : cell)));
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const response = await upload(form(metadata('KZ-TEST-XLSX'), { content, name: 'export.bin' }), importer);
    expect(response.status, await response.clone().text()).toBe(201);
    const multipliers = await getJson<IoMultipliers>(app, '/api/v1/io-tables/KZ-TEST-XLSX/multipliers');
    const fromCsv = await getJson<IoMultipliers>(app, '/api/v1/io-tables/KZ-TEST-CSV/multipliers');
    expect(multipliers.body.products).toEqual(fromCsv.body.products);
  });

  it('refuses a second table with a taken code (409)', async () => {
    const response = await upload(form(metadata('KZ-TEST-CSV'), { content: MACHINE_TABLE, name: 'table.csv' }), importer);
    expect(response.status).toBe(409);
  });
});

describe('an invalid upload', () => {
  it('answers 422 naming each cell, and stores nothing', async () => {
    const response = await upload(form(metadata('T-BROKEN'), { content: BROKEN_TABLE, name: 'broken.csv' }), importer);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as Problem;
    const locations = problem.errors!.map((e) => e.location);
    expect(locations).toContain('row 2, column "employment"');
    expect(locations).toContain('row 3, column "28"');
    expect(problem.detail).toMatch(/^The table was not stored/);
    expect(await codes()).not.toContain('T-BROKEN');
  });

  it('says a Windows-1251 CSV must be saved as UTF-8', async () => {
    const cp1251 = Uint8Array.from([...Buffer.from('code,name\n01,'), 0xcc, 0xe0, 0xf8]);
    const response = await upload(form(metadata('T-1251'), { content: cp1251, name: 't.csv' }), importer);
    expect(response.status).toBe(422);
    expect(((await response.json()) as Problem).errors).toEqual([{ location: 'file', message: expect.stringMatching(/UTF-8/) }]);
  });

  it('refuses a machine-building code the table does not have', async () => {
    const response = await upload(form({ ...metadata('T-GROUP'), machineBuilding: '28,30' }, { content: MACHINE_TABLE, name: 't.csv' }), importer);
    expect(response.status).toBe(422);
    expect(((await response.json()) as Problem).errors).toEqual([{ location: 'form.machineBuilding', message: 'the table has no product "30"' }]);
  });

  it('answers 400 for missing metadata or file', async () => {
    const response = await upload(form({ code: 'T-NOFILE', name: 'x', year: '2020' }, null), importer);
    expect(response.status).toBe(400);
    const locations = ((await response.json()) as Problem).errors!.map((e) => e.location);
    expect(locations).toEqual(expect.arrayContaining(['form.file', 'form.source']));
  });
});

describe('delete', () => {
  it('removes a table (204); a new table under the same code gives new results, not the cached ones', async () => {
    const before = await getJson<IoMultipliers>(app, '/api/v1/io-tables/KZ-TEST-CSV/multipliers');
    const deleted = await app.request('/api/v1/io-tables/KZ-TEST-CSV', { method: 'DELETE', headers: { authorization: `Bearer ${importer.token}` } });
    expect(deleted.status).toBe(204);
    expect((await getJson(app, '/api/v1/io-tables/KZ-TEST-CSV')).status).toBe(404);

    const changed = MACHINE_TABLE.replace('28,Machinery,50,100,80', '28,Machinery,50,200,80').replace(',720,1000,500,350,40', ',620,1000,500,350,40');
    expect((await upload(form(metadata('KZ-TEST-CSV'), { content: changed, name: 't.csv' }), importer)).status).toBe(201);
    const after = await getJson<IoMultipliers>(app, '/api/v1/io-tables/KZ-TEST-CSV/multipliers');
    expect(after.body.products[1]!.outputMultiplier).toBeGreaterThan(before.body.products[1]!.outputMultiplier);
  });

  it('answers 404 for a table that does not exist', async () => {
    const response = await app.request('/api/v1/io-tables/NOTHING-HERE', { method: 'DELETE', headers: { authorization: `Bearer ${importer.token}` } });
    expect(response.status).toBe(404);
  });
});

describe('seeding', () => {
  it('inserts the shipped example only when it is missing', async () => {
    const tables = await loadExampleIoTables(resolveDataPath('io'));
    expect(tables.map((t) => t.metadata.code)).toEqual(['MILLER-BLAIR-2X2']);
    expect(await insertExampleIoTables(db.pool, tables)).toBe(0);
    const { rows } = await db.pool.query("select count(*)::int as n from io_tables where code = 'MILLER-BLAIR-2X2'");
    expect(rows[0].n).toBe(1);
  });
});
