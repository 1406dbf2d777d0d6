// The import writes with COPY while it reads (docs/observations-format.md, "How the import writes"):
// rows that cannot clash with a stored row (a new series, or a release date the series has no row
// of) straight into observations, the others through a temporary table where they are compared with
// the stored rows. These tests hold both paths to all or nothing and to the vintage rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importObservations } from '../../src/app/statistics/import-observations';
import { ConcurrentWriteError } from '../../src/app/statistics/write-observation-file';
import { listObservations } from '../../src/app/statistics/list-observations';
import { observationListQuerySchema } from '../../src/contracts/api/observations';
import type { TestDatabase } from '../support/database';
import { createEmptyStatisticsDatabase, line, monthlyLines, statisticsSnapshot, tempFolder, type TempFolder } from './observation-files';

let db: TestDatabase;
let folder: TempFolder;
const regions = ['KZ-10', 'KZ-11', 'KZ-15', 'KZ-19', 'KZ-23'];
const groups = ['29.1', '29.2', '29.3', '30.1'];

beforeAll(async () => {
  db = await createEmptyStatisticsDatabase();
  folder = await tempFolder();
});
afterAll(async () => {
  await folder.remove();
  await db.drop();
});

const snapshot = () => statisticsSnapshot(db);

/** Staging tables left in any session of the database (pg_class lists every session's temporary tables). */
async function stagingTables(): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>(`select count(*) as n from pg_class where relname = 'observation_import_rows'`);
  return rows[0]!.n;
}

/**
 * Ten years of monthly lines of another series, one with no stored rows, so that its rows are
 * copied straight into observations: 2,400 rows, a file read in several pieces.
 */
function exportLines(releaseDate: string): string[] {
  const years = Array.from({ length: 10 }, (_, i) => 2013 + i);
  return monthlyLines({ groups, regions, years, releaseDate }).map((text) => text.replace(/^OUTPUT,/, 'EXPORTS,').replace('million KZT', 'million USD').replace(',KZT,', ',USD,'));
}

function valuesAt(params: Record<string, string>) {
  return listObservations(db.pool, observationListQuerySchema.parse({ limit: '100', ...params }));
}

describe('writing with COPY', () => {
  it('stores what the file says, tabs, backslashes and line breaks in the source included', async () => {
    const source = 'Bureau\tof "National" Statistics\\ASPR\nbulletin 3';
    const file = await folder.write('escaped.csv', [
      ...monthlyLines({ groups, regions, years: [2021, 2022], releaseDate: '2023-04-01' }),
      line({ series: 'OUTPUT', branch: '29.1', region: 'KZ', period: '2022', value: '-0.000123', unit: 'million KZT', price_basis: 'current_prices', currency: 'KZT', release_date: '2023-04-01', source }),
    ]);
    const report = await importObservations(db.pool, { path: file, batchSize: 100 });
    expect(report).toMatchObject({ status: 'imported', rows: 481, inserted: 481, alreadyPresent: 0 });
    const { rows } = await db.pool.query(`select source, value::text as value from observations where period = '2022' and region_code = 'KZ'`);
    expect(rows).toEqual([{ source, value: '-0.000123' }]);
    const { rows: counts } = await db.pool.query('select count(*)::int as n, count(distinct import_id)::int as imports from observations');
    expect(counts[0]).toEqual({ n: 481, imports: 1 });
    expect(await stagingTables()).toBe(0);
  });

  it('writes nothing, and leaves no staging table, when a row late in a large file is bad', async () => {
    const before = await snapshot();
    // A new series (copied into observations batch by batch), a new release of the stored series
    // OUTPUT (copied in too), rows of OUTPUT stored already (copied aside and compared), and a bad
    // row at the very end.
    const present = monthlyLines({ groups, regions, years: [2021], releaseDate: '2023-04-01' });
    const lines = [...exportLines('2023-05-01'), ...monthlyLines({ groups, regions, years: [2023], releaseDate: '2024-02-01' }), ...present];
    lines.push(line({ series: 'OUTPUT', branch: '30.1', region: 'KZ', period: '2023', value: '12', unit: 'million KZT', price_basis: 'current_prices', currency: 'KZT', release_date: '2024-13-01' }));
    const file = await folder.write('late-problem.csv', lines);
    const writes: number[] = [];
    const report = await importObservations(db.pool, { path: file, batchSize: 20, beforeBatch: (batch) => void writes.push(batch) });
    expect(report.status).toBe('invalid');
    expect(report.problems).toEqual([{ row: lines.length + 1, column: 'release_date', message: '"2024-13-01" is not a date written YYYY-MM-DD' }]);
    expect(report).toMatchObject({ inserted: 0, alreadyPresent: present.length }); // the rows set aside were compared
    expect(writes.length).toBeGreaterThan(100); // rows had been written before the bad one was read
    expect(await snapshot()).toEqual(before);
    expect(await stagingTables()).toBe(0);
  });

  it('writes nothing, and leaves no staging table, when it fails while inserting the compared rows', async () => {
    const before = await snapshot();
    // 2020 is new, but OUTPUT has rows released on 2023-04-01: its rows are compared, then inserted.
    const lines = [...exportLines('2023-06-01'), ...monthlyLines({ groups, regions, years: [2020], releaseDate: '2023-04-01' })];
    const file = await folder.write('crash-at-the-end.csv', lines);
    const directBatches = Math.ceil(exportLines('x').length / 20);
    let writes = 0;
    const failure = importObservations(db.pool, {
      path: file,
      batchSize: 20,
      beforeBatch: () => {
        // The last write is the insert of the OUTPUT rows set aside: crash just before it.
        if (++writes === directBatches + 1) throw new Error('simulated crash');
      },
    });
    await expect(failure).rejects.toThrow('simulated crash');
    expect(writes).toBe(directBatches + 1);
    expect(await snapshot()).toEqual(before);
    expect(await stagingTables()).toBe(0);
  });
});

describe('vintages and revisions', () => {
  it('keeps the rows already stored, adds revisions as new vintages and answers as of any date', async () => {
    const first = monthlyLines({ groups, regions, years: [2021, 2022], releaseDate: '2023-04-01' });
    // The same rows again (already present), 2020 as released then too (new rows of a stored
    // release: compared, then inserted), and revised 2022 figures released later (copied in).
    const earlier = monthlyLines({ groups, regions, years: [2020], releaseDate: '2023-04-01' });
    const revised = monthlyLines({ groups, regions, years: [2022], releaseDate: '2023-09-15', scale: 2 });
    const file = await folder.write('revisions.csv', [...first, ...earlier, ...revised]);
    const rows = first.length + earlier.length + revised.length;
    const dryRun = await importObservations(db.pool, { path: file, batchSize: 50, dryRun: true });
    expect(dryRun).toMatchObject({ status: 'valid', rows, inserted: earlier.length + revised.length, alreadyPresent: first.length });

    const report = await importObservations(db.pool, { path: file, batchSize: 50 });
    expect(report).toMatchObject({ status: 'imported', rows, inserted: earlier.length + revised.length, alreadyPresent: first.length });
    const { rows: counts } = await db.pool.query('select inserted, skipped from observation_imports where id = $1', [report.importId]);
    expect(counts[0]).toEqual({ inserted: earlier.length + revised.length, skipped: first.length });
    const { rows: stored } = await db.pool.query<{ n: number }>('select count(*) as n from observations where import_id = $1', [report.importId]);
    expect(stored[0]!.n).toBe(earlier.length + revised.length);

    const key = { series: 'OUTPUT', branch: '29.2', region: 'KZ-15', from: '2022-03', to: '2022-03' };
    const march2022 = 22 * 12 + 3;
    expect((await valuesAt(key)).items.map((o) => [o.value, o.releaseDate])).toEqual([[march2022 * 2, '2023-09-15']]);
    expect((await valuesAt({ ...key, asOf: '2023-09-14' })).items.map((o) => [o.value, o.releaseDate])).toEqual([[march2022, '2023-04-01']]);
    expect((await valuesAt({ ...key, vintages: 'all' })).items.map((o) => o.releaseDate)).toEqual(['2023-04-01', '2023-09-15']);
    // 2021 had no revision: its latest figure is the first release.
    expect((await valuesAt({ ...key, from: '2021-03', to: '2021-03' })).items.map((o) => [o.value, o.releaseDate])).toEqual([[21 * 12 + 3, '2023-04-01']]);

    // Importing the file again changes nothing.
    const before = await snapshot();
    expect(await importObservations(db.pool, { path: file, batchSize: 50 })).toMatchObject({ status: 'imported', inserted: 0, alreadyPresent: rows });
    expect({ ...(await snapshot()), imports: before.imports }).toEqual(before);
  });

  it('refuses a changed value for a stored key and release date, listing every clash by row', async () => {
    const before = await snapshot();
    const lines = monthlyLines({ groups, regions, years: [2022], releaseDate: '2023-09-15', scale: 2 });
    lines[7] = lines[7]!.replace(/,\d+,million KZT/, ',1,million KZT');
    lines[200] = lines[200]!.replace(/,\d+,million KZT/, ',2,million KZT');
    lines.push(line({ series: 'OUTPUT', branch: '29.1', region: 'KZ', period: '2022', value: 'x', unit: 'million KZT', price_basis: 'current_prices', currency: 'KZT', release_date: '2023-09-15' }));
    const file = await folder.write('clashes.csv', lines);
    const report = await importObservations(db.pool, { path: file, batchSize: 50 });
    expect(report).toMatchObject({ status: 'invalid', problemCount: 3, alreadyPresent: lines.length - 3 });
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [9, 'value'],
      [202, 'value'],
      [lines.length + 1, 'value'],
    ]);
    expect(report.problems[0]!.message).toMatch(/^a value for this key and release date is already stored: \d+$/);
    expect(await snapshot()).toEqual(before);
  });

  it('imports a history of many releases of a stored series, each where it belongs', async () => {
    // More release dates than are looked up one by one: the later ones are compared in the staging table.
    const releases = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-10`);
    const lines = releases.flatMap((releaseDate, i) => monthlyLines({ groups: ['29.3'], regions: ['KZ-19'], years: [2023], releaseDate, scale: 10 + i }));
    const file = await folder.write('history.csv', lines);
    expect(await importObservations(db.pool, { path: file, batchSize: 7 })).toMatchObject({ status: 'imported', inserted: 12 * 12, alreadyPresent: 0 });
    const key = { series: 'OUTPUT', branch: '29.3', region: 'KZ-19', from: '2023-06', to: '2023-06' };
    expect((await valuesAt({ ...key, vintages: 'all' })).items.map((o) => o.releaseDate)).toEqual(releases);
    expect((await valuesAt({ ...key, asOf: '2024-09-30' })).items.map((o) => [o.value, o.releaseDate])).toEqual([[(23 * 12 + 6) * 18, '2024-09-10']]);
    expect(await importObservations(db.pool, { path: file, batchSize: 7 })).toMatchObject({ status: 'imported', inserted: 0, alreadyPresent: 12 * 12 });
  });

  it('fails rather than skip a row that another writer stored, with the same value, after the comparison', async () => {
    // Rows stored already, and new rows of the same release (2021 as released on 2023-09-15): all compared.
    const lines = [...monthlyLines({ groups, regions, years: [2022], releaseDate: '2023-09-15', scale: 2 }), ...monthlyLines({ groups, regions, years: [2021], releaseDate: '2023-09-15', scale: 2 })];
    const file = await folder.write('raced-same-value.csv', lines);
    const before = await snapshot();
    let writes = 0;
    const failure = importObservations(db.pool, {
      path: file,
      batchSize: 50,
      beforeBatch: async () => {
        writes++;
        // The only write to observations is the insert of the compared rows: another writer stores one of them first, with the file's value.
        await db.pool.query(
          `insert into observations (series_id, branch_code, region_code, period, first_month, last_month, price_basis, release_date, value, status, source, import_id)
           select s.id, '29.1', 'KZ-10', '2021-01', 2021 * 12, 2021 * 12, 'current_prices', '2023-09-15', ${(21 * 12 + 1) * 2}, 'final', 'elsewhere', max(i.id)
             from series s, observation_imports i where s.code = 'OUTPUT' group by s.id`,
        );
      },
    });
    await expect(failure).rejects.toBeInstanceOf(ConcurrentWriteError);
    expect(writes).toBe(1);
    expect(await snapshot()).toEqual({ ...before, observations: before.observations + 1, total: String(Number(before.total) + (21 * 12 + 1) * 2) });
    await db.pool.query("delete from observations where source = 'elsewhere'");
  });
});
