import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ListEnvelope, Problem } from '../../src/contracts/api/common';
import type { Observation, ObservationImportReport, Series } from '../../src/contracts/api/observations';
import { createTestApp, getJson } from '../support/test-app';
import { createUser, type TestUser } from '../support/auth';
import type { TestDatabase } from '../support/database';
import { HEADER, line } from './observation-files';

const SAMPLE = join(import.meta.dirname, '../../data/statistics/mb-physical-volume-index.csv');

let app: Awaited<ReturnType<typeof createTestApp>>['app'];
let db: TestDatabase;
let coordinator: TestUser;
let executor: TestUser;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  await db.pool.query('truncate observations, observation_imports, series restart identity cascade');
  coordinator = await createUser(db.pool, { organizationCode: 'MIC', roles: ['coordinator'] });
  executor = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
});
afterAll(async () => {
  await db.drop();
});

function bearer(user: TestUser | null): Record<string, string> {
  return user ? { authorization: `Bearer ${user.token}` } : {};
}

function upload(user: TestUser | null, name: string, content: string | Uint8Array<ArrayBuffer>, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([content], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream' }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return app.request('/api/v1/observations/imports', { method: 'POST', body: form, headers: bearer(user) });
}

describe('POST /api/v1/observations/imports', () => {
  it('asks for sign-in, then for the statistics.import permission', async () => {
    const anonymous = await upload(null, 'sample.csv', await readFile(SAMPLE));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await upload(executor, 'sample.csv', await readFile(SAMPLE))).status).toBe(403);
  });

  it('imports an upload and answers with the same report as the command line', async () => {
    const response = await upload(coordinator, 'mb-pvi.csv', await readFile(SAMPLE));
    expect(response.status).toBe(201);
    const report = (await response.json()) as ObservationImportReport;
    expect(report).toMatchObject({ status: 'imported', file: 'mb-pvi.csv', rows: 4, inserted: 4, alreadyPresent: 0 });
    const { rows } = await db.pool.query('select imported_by, file_name from observation_imports where id = $1', [report.importId]);
    expect(rows[0]).toEqual({ imported_by: coordinator.userId, file_name: 'mb-pvi.csv' });
  });

  it('validates only on a dry run', async () => {
    const response = await upload(coordinator, 'mb-pvi.csv', await readFile(SAMPLE), { dryRun: 'true' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'valid', dryRun: true, inserted: 0, alreadyPresent: 4 });
  });

  it('refuses a file with problems as 422 problem+json naming each row and column, and stores nothing', async () => {
    const before = await db.pool.query('select count(*) as n from observations');
    const csv = [HEADER, line({ period: '2024', value: '104,2', release_date: '2024-10-15' }), line({ period: '2025-13' }), line({ region: 'KZ-00', status: 'draft' })].join('\n');
    const response = await upload(coordinator, 'bad.csv', csv);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as Problem & { report: ObservationImportReport };
    expect(problem.errors).toEqual([
      { location: 'row 3, column period', message: expect.stringMatching(/month 13/) },
      { location: 'row 4, column region', message: expect.stringMatching(/unknown region "KZ-00"/) },
      { location: 'row 4, column status', message: '"draft" is not a status: preliminary or final' },
    ]);
    expect(problem.report).toMatchObject({ status: 'invalid', rows: 3, problemCount: 3 });
    expect((await db.pool.query('select count(*) as n from observations')).rows[0]).toEqual(before.rows[0]);
  });

  it('imports a workbook upload by its .xlsx name', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(line({ series: 'EXPORTS', unit: 'billion USD', price_basis: 'current_prices', currency: 'USD', period: '2021', value: '1.9', release_date: '2022-09-22' }).split(','));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
    const response = await upload(coordinator, 'exports.xlsx', bytes);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ format: 'xlsx', inserted: 1 });
  });

  it('lists past imports to those who may import, newest first', async () => {
    expect((await app.request('/api/v1/observations/imports')).status).toBe(401);
    const response = await app.request('/api/v1/observations/imports', { headers: bearer(coordinator) });
    const body = (await response.json()) as ListEnvelope<{ fileName: string; inserted: number }>;
    expect(body.items.map((i) => [i.fileName, i.inserted])).toEqual([
      ['exports.xlsx', 1],
      ['mb-pvi.csv', 4],
    ]);
  });
});

describe('GET /api/v1/observations and /api/v1/series', () => {
  it('lists observations publicly, filtered, in the list envelope', async () => {
    const { status, body } = await getJson<ListEnvelope<Observation>>(app, '/api/v1/observations?series=PVI&from=2023&to=2023&limit=1');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(body.items[0]).toMatchObject({ series: 'PVI', branch: 'MB', region: 'KZ', period: '2023-01..2023-10', value: 127, unit: '%', currency: null, releaseDate: '2023-12-06' });
    const second = await getJson<ListEnvelope<Observation>>(app, '/api/v1/observations?series=PVI&from=2023&to=2023&limit=1&offset=1');
    expect(second.body.items.map((o) => o.period)).toEqual(['2023']);
  });

  it('answers as of a date', async () => {
    const { body } = await getJson<ListEnvelope<Observation>>(app, '/api/v1/observations?series=PVI&asOf=2024-03-22');
    expect(body.items.map((o) => o.period)).toEqual(['2022', '2023-01..2023-10', '2023']);
  });

  it('refuses a bad period or date with 400 naming the parameter', async () => {
    const { status, body } = await getJson<Problem>(app, '/api/v1/observations?from=2023-13&asOf=yesterday');
    expect(status).toBe(400);
    expect(body.errors!.map((e) => e.location).sort()).toEqual(['query.asOf', 'query.from']);
  });

  it('lists the series', async () => {
    const { body } = await getJson<ListEnvelope<Series>>(app, '/api/v1/series');
    expect(body.items.map((s) => [s.code, s.unit, s.currency])).toEqual([
      ['EXPORTS', 'billion USD', 'USD'],
      ['PVI', '%', null],
    ]);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const { body } = await getJson<{ paths: Record<string, Record<string, unknown>> }>(app, '/api/openapi.json');
    expect(Object.keys(body.paths['/api/v1/observations/imports']!).sort()).toEqual(['get', 'post']);
    expect(body.paths['/api/v1/observations']).toBeDefined();
    expect(body.paths['/api/v1/series']).toBeDefined();
  });
});
