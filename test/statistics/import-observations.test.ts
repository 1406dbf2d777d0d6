import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importObservations } from '../../src/app/statistics/import-observations';
import { listObservations } from '../../src/app/statistics/list-observations';
import { observationListQuerySchema } from '../../src/contracts/api/observations';
import { OBSERVATION_COLUMNS } from '../../src/io/observations-format';
import type { TestDatabase } from '../support/database';
import { createEmptyStatisticsDatabase, line, monthlyLines, statisticsSnapshot, tempFolder, type TempFolder } from './observation-files';

const SAMPLE = join(import.meta.dirname, '../../data/statistics/mb-physical-volume-index.csv');
let db: TestDatabase;
let folder: TempFolder;

beforeAll(async () => {
  db = await createEmptyStatisticsDatabase();
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
  await db.drop();
});

const snapshot = () => statisticsSnapshot(db);

function query(params: Record<string, string>) {
  return listObservations(db.pool, observationListQuerySchema.parse(params));
}

describe('importing observations', () => {
  it('imports the sample of public PVI figures with their sources and release dates', async () => {
    const report = await importObservations(db.pool, { path: SAMPLE });
    expect(report).toMatchObject({ status: 'imported', rows: 4, inserted: 4, alreadyPresent: 0, problemCount: 0, format: 'csv' });
    expect(report.series).toEqual([{ code: 'PVI', unit: '%', currency: null, rows: 4, isNew: true }]);
    expect(report.vintages).toEqual({ count: 3, earliest: '2023-12-06', latest: '2024-03-25' });
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { items } = await query({ series: 'PVI' });
    expect(items.map((o) => [o.period, o.value])).toEqual([
      ['2022', 111],
      ['2023-01..2023-10', 127],
      ['2023', 125.4],
      ['2024-01..2024-02', 123.4],
    ]);
    expect(items[2]).toMatchObject({ branch: 'MB', region: 'KZ', priceBasis: 'same_period_previous_year=100', source: 'https://en.trend.az/casia/kazakhstan/3876762.html', releaseDate: '2024-03-21' });
    const { rows } = await db.pool.query('select file_name, rows, inserted, skipped, imported_by from observation_imports where id = $1', [report.importId]);
    expect(rows[0]).toEqual({ file_name: 'mb-physical-volume-index.csv', rows: 4, inserted: 4, skipped: 0, imported_by: null });
  });

  it('changes no observation when the same file is imported again', async () => {
    const before = await snapshot();
    const report = await importObservations(db.pool, { path: SAMPLE });
    expect(report).toMatchObject({ status: 'imported', rows: 4, inserted: 0, alreadyPresent: 4 });
    expect(report.series[0]!.isNew).toBe(false);
    const after = await snapshot();
    expect({ ...after, imports: before.imports }).toEqual(before);
    expect(after.imports).toBe(before.imports + 1); // the attempt itself is recorded, with inserted = 0
  });

  it('reports every bad row with its row and column, and writes nothing', async () => {
    const before = await snapshot();
    const file = await folder.write('bad.csv', [
      line({ series: 'GVA', unit: 'billion KZT', price_basis: 'current_prices', currency: 'KZT', value: '1 234,5' }),
      line({ series: 'GVA', unit: 'billion KZT', price_basis: 'current_prices', currency: 'KZT', branch: '29.9' }),
      line({ series: 'GVA', unit: 'billion KZT', price_basis: 'current_prices', currency: 'KZT', region: 'KZ-99', value: 'about 5' }),
      line({ series: 'GVA', unit: 'billion KZT', price_basis: 'current_prices', currency: 'KZT', value: '1234.5' }),
      line({ value: '126' }), // the stored 2023 PVI released 2024-03-21 is 125.4
      line({ series: 'GVA', unit: 'billion USD', price_basis: 'current_prices', currency: 'USD', period: '2022' }),
      'PVI,MB,KZ,2023',
    ]);
    const report = await importObservations(db.pool, { path: file });
    expect(report.status).toBe('invalid');
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'branch'],
      [4, 'region'],
      [4, 'value'],
      [5, null],
      [6, 'value'],
      [7, 'unit'],
      [8, null],
    ]);
    expect(report.problemCount).toBe(7);
    expect(report.problems[3]!.message).toMatch(/repeats row 2/);
    expect(report.problems[4]!.message).toBe('a value for this key and release date is already stored: 125.4');
    expect(report.problems[5]!.message).toMatch(/in row 2/);
    expect(report.problems[6]!.message).toMatch(/expected 11 fields/);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a revision as a new vintage and answers as of any date', async () => {
    const revised = await folder.write('revised.csv', [line({ value: '125.9', release_date: '2024-06-01', status: 'final', source: 'revised release' })]);
    expect(await importObservations(db.pool, { path: revised })).toMatchObject({ status: 'imported', inserted: 1 });
    const at = async (params: Record<string, string>) =>
      (await query({ series: 'PVI', from: '2023', to: '2023', ...params })).items.filter((o) => o.period === '2023').map((o) => [o.value, o.releaseDate]);
    expect(await at({})).toEqual([[125.9, '2024-06-01']]);
    expect(await at({ asOf: '2024-05-31' })).toEqual([[125.4, '2024-03-21']]);
    expect(await at({ asOf: '2024-06-01' })).toEqual([[125.9, '2024-06-01']]);
    expect(await at({ asOf: '2024-03-20' })).toEqual([]);
    expect(await at({ vintages: 'all' })).toEqual([
      [125.4, '2024-03-21'],
      [125.9, '2024-06-01'],
    ]);
    // The year-to-date figure published earlier is a different period: as of the start of 2024 it is all that is known of 2023.
    const early = await query({ series: 'PVI', asOf: '2024-01-01', from: '2023-01', to: '2023-12' });
    expect(early.items.map((o) => o.period)).toEqual(['2023-01..2023-10']);
  });

  it('validates only on a dry run', async () => {
    const before = await snapshot();
    const file = await folder.write('dry.csv', [line({ series: 'EXPORTS', unit: 'million USD', price_basis: 'current_prices', currency: 'USD', value: '1900', period: '2021', release_date: '2022-09-22' })]);
    const report = await importObservations(db.pool, { path: file, dryRun: true });
    expect(report).toMatchObject({ status: 'valid', dryRun: true, importId: null, rows: 1, inserted: 1, alreadyPresent: 0 });
    expect(report.series[0]).toMatchObject({ code: 'EXPORTS', isNew: true });
    expect(await snapshot()).toEqual(before);
  });

  it('imports the first worksheet of an XLSX workbook, numbers and dates as typed in a spreadsheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    workbook.addWorksheet('Notes').addRow(['not data']);
    sheet.addRow([...OBSERVATION_COLUMNS]);
    const row = { series: 'EMPLOYMENT', branch: '29.1', region: 'KZ-39', value: 1234.5, unit: 'persons', price_basis: 'current_prices', currency: '', status: 'final', source: 'xlsx test' };
    sheet.addRow(OBSERVATION_COLUMNS.map((c) => ({ ...row, period: new Date(Date.UTC(2023, 0, 1)), release_date: new Date(Date.UTC(2023, 2, 15)) })[c]));
    sheet.addRow(OBSERVATION_COLUMNS.map((c) => ({ ...row, period: '2023-Q1', value: 1300, release_date: '2023-05-02' })[c]));
    sheet.addRow([]);
    const path = join(folder.path, 'employment.xlsx');
    await workbook.xlsx.writeFile(path);

    const report = await importObservations(db.pool, { path });
    expect(report).toMatchObject({ status: 'imported', format: 'xlsx', rows: 2, inserted: 2, problemCount: 0 });
    const { items } = await query({ series: 'EMPLOYMENT' });
    expect(items.map((o) => [o.period, o.value, o.releaseDate, o.region, o.branch])).toEqual([
      ['2023-01', 1234.5, '2023-03-15', 'KZ-39', '29.1'],
      ['2023-Q1', 1300, '2023-05-02', 'KZ-39', '29.1'],
    ]);
  });

  it('reports a workbook problem with its row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow([...OBSERVATION_COLUMNS]);
    sheet.addRow(OBSERVATION_COLUMNS.map((c) => ({ series: 'EMPLOYMENT', branch: '29.1', region: 'KZ-39', period: '2023-02', value: 'many', unit: 'persons', price_basis: 'current_prices', currency: '', status: 'final', source: 'x', release_date: '2023-03-15' })[c]));
    const path = join(folder.path, 'bad.xlsx');
    await workbook.xlsx.writeFile(path);
    const report = await importObservations(db.pool, { path });
    expect(report.problems).toEqual([{ row: 2, column: 'value', message: '"many" is not a number (use a dot or a comma as decimal separator)' }]);
  });
});

describe('all or nothing', () => {
  const regions = ['KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23'];
  const groups = ['29.1', '29.2', '29.3', '30.1'];

  it('leaves the database as it was when a batch fails mid-write', async () => {
    const before = await snapshot();
    const file = await folder.write('big.csv', monthlyLines({ groups, regions, years: [2021, 2022], releaseDate: '2023-04-01' }));
    const failure = importObservations(db.pool, {
      path: file,
      batchSize: 50,
      beforeBatch: (batch) => {
        if (batch === 4) throw new Error('simulated crash');
      },
    });
    await expect(failure).rejects.toThrow('simulated crash');
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the database as it was when the database refuses the last batch', async () => {
    await db.pool.query(`create function refuse_marker() returns trigger language plpgsql as $$
      begin if new.value = 999999 then raise exception 'refused by the test trigger'; end if; return new; end $$`);
    await db.pool.query('create trigger refuse_marker before insert on observations for each row execute function refuse_marker()');
    try {
      const before = await snapshot();
      const lines = monthlyLines({ groups, regions, years: [2021, 2022], releaseDate: '2023-04-02' });
      lines.push(line({ series: 'OUTPUT', branch: '30.1', region: 'KZ', period: '2022', value: '999999', unit: 'million KZT', price_basis: 'current_prices', currency: 'KZT', release_date: '2023-04-02' }));
      const file = await folder.write('refused.csv', lines);
      await expect(importObservations(db.pool, { path: file, batchSize: 50 })).rejects.toThrow('refused by the test trigger');
      expect(await snapshot()).toEqual(before);
      // The same file without the refused row then imports whole.
      const good = await folder.write('accepted.csv', lines.slice(0, -1));
      expect(await importObservations(db.pool, { path: good, batchSize: 50 })).toMatchObject({ status: 'imported', rows: lines.length - 1, inserted: lines.length - 1 });
    } finally {
      await db.pool.query('drop trigger refuse_marker on observations; drop function refuse_marker()');
    }
  });

  it('fails, storing none of its rows, when another writer stores one of them between the passes', async () => {
    const lines = monthlyLines({ groups, regions, years: [2023], releaseDate: '2024-04-01' });
    const file = await folder.write('raced.csv', lines);
    const before = await snapshot();
    const failure = importObservations(db.pool, {
      path: file,
      batchSize: 50,
      beforeBatch: async (batch) => {
        if (batch !== 1) return;
        // Not an import (imports wait for each other): a direct write of the file's last row.
        await db.pool.query(
          `insert into observations (series_id, branch_code, region_code, period, first_month, last_month, price_basis, release_date, value, status, source, import_id)
           select s.id, '30.1', 'KZ-23', '2023-12', 2023 * 12 + 11, 2023 * 12 + 11, 'current_prices', '2024-04-01', 1, 'final', 'elsewhere', max(i.id)
             from series s, observation_imports i where s.code = 'OUTPUT' group by s.id`,
        );
      },
    });
    await expect(failure).rejects.toThrow(/stored by another writer while it was being imported; nothing was imported/);
    expect(await snapshot()).toEqual({ ...before, observations: before.observations + 1, total: String(Number(before.total) + 1) });
    await db.pool.query("delete from observations where source = 'elsewhere'");
  });

  it('compares a re-import with the stored rows batch by batch', async () => {
    const lines = monthlyLines({ groups, regions, years: [2021, 2022], releaseDate: '2023-04-02' });
    lines[300] = lines[300]!.replace(/,\d+,million KZT/, ',5,million KZT');
    const file = await folder.write('again.csv', lines);
    const report = await importObservations(db.pool, { path: file, batchSize: 50 });
    expect(report.status).toBe('invalid');
    expect(report.alreadyPresent).toBe(lines.length - 1);
    expect(report.problems).toEqual([{ row: 302, column: 'value', message: expect.stringMatching(/^a value for this key and release date is already stored: \d+$/) }]);
  });
});
