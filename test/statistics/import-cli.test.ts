import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { buildProgram } from '../../src/cli/main';
import { UserError } from '../../src/cli/output';
import type { ObservationImportReport } from '../../src/contracts/api/observations';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { line, tempFolder, type TempFolder } from './observation-files';

const SAMPLE = join(import.meta.dirname, '../../data/statistics/mb-physical-volume-index.csv');
let db: TestDatabase;
let folder: TempFolder;
const savedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.pool.query('truncate observations, observation_imports, series restart identity cascade');
  folder = await tempFolder();
  process.env.DATABASE_URL = db.url;
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  await folder.remove();
  await db.drop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs `zhospar import observations ...`; returns stdout and the error it ended with, if any. */
async function run(...args: string[]): Promise<{ stdout: string; error: unknown }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  let error: unknown = null;
  await buildProgram()
    .parseAsync(['node', 'zhospar', 'import', 'observations', ...args])
    .catch((caught: unknown) => (error = caught));
  vi.restoreAllMocks();
  return { stdout, error };
}

async function count(): Promise<number> {
  return (await db.pool.query<{ n: number }>('select count(*) as n from observations')).rows[0]!.n;
}

describe('zhospar import observations', () => {
  it('validates only with --dry-run', async () => {
    const { stdout, error } = await run(SAMPLE, '--dry-run');
    expect(error).toBeNull();
    expect(stdout).toMatch(/is valid \(dry run: nothing was written\)/);
    expect(stdout).toMatch(/would insert\s+4/);
    expect(await count()).toBe(0);
  });

  it('imports and prints a summary: rows, inserted, already present, series, vintages', async () => {
    const { stdout, error } = await run(SAMPLE);
    expect(error).toBeNull();
    expect(stdout).toMatch(/^Imported mb-physical-volume-index\.csv/);
    expect(stdout).toMatch(/rows\s+4\n/);
    expect(stdout).toMatch(/inserted\s+4\n/);
    expect(stdout).toMatch(/already present\s+0\n/);
    expect(stdout).toMatch(/series\s+PVI \(new\)\n/);
    expect(stdout).toMatch(/vintages\s+3 release date\(s\), 2023-12-06 \.\. 2024-03-25\n/);
    expect(await count()).toBe(4);
  });

  it('prints the report as JSON with --json; a second import changes nothing', async () => {
    const { stdout, error } = await run(SAMPLE, '--json');
    expect(error).toBeNull();
    const report = JSON.parse(stdout) as ObservationImportReport;
    expect(report).toMatchObject({ status: 'imported', rows: 4, inserted: 0, alreadyPresent: 4 });
    expect(await count()).toBe(4);
  });

  it('lists every problem with row and column, exits with 1 and imports nothing', async () => {
    const file = await folder.write('bad.csv', [line({ period: '2024', value: 'n/a', release_date: '2024-12-01' }), line({ branch: '99.9', period: '2021', release_date: '2022-01-10' })]);
    const { stdout, error } = await run(file);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    expect((error as UserError).message).toBe('2 problem(s) found; nothing was imported.');
    expect(stdout).toContain('bad.csv: 2 problem(s) in 2 row(s); nothing was imported.');
    expect(stdout).toContain('row 2, column value: "n/a" is not a number');
    expect(stdout).toContain('row 3, column branch: unknown branch "99.9"');
    expect(await count()).toBe(4);
  });

  it('gives the problem report as JSON too', async () => {
    const file = await folder.write('bad.csv', [line({ series: 'pvi', period: '2021', release_date: '2022-01-10' })]);
    const { stdout, error } = await run(file, '--json');
    expect(error).toBeInstanceOf(UserError);
    const report = JSON.parse(stdout) as ObservationImportReport;
    expect(report).toMatchObject({ status: 'invalid', problemCount: 1, problems: [{ row: 2, column: 'series' }] });
  });

  it('says so when the file does not exist', async () => {
    const { error } = await run(join(folder.path, 'missing.csv'));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/does not exist/);
  });
});
