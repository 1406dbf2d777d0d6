// Observation files for the statistics tests, written to a temporary folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OBSERVATION_COLUMNS, type ObservationColumn } from '../../src/io/observations-format';
import { csvField } from '../../src/io/csv';
import { createTestDatabase, type TestDatabase } from '../support/database';

export type ObservationLine = Partial<Record<ObservationColumn, string>>;

export const HEADER = OBSERVATION_COLUMNS.join(',');

/** A PVI row of machine building for the country; override what the test is about. */
export function line(changes: ObservationLine = {}): string {
  const values: Record<ObservationColumn, string> = {
    series: 'PVI',
    branch: 'MB',
    region: 'KZ',
    period: '2023',
    value: '125.4',
    unit: '%',
    price_basis: 'same_period_previous_year=100',
    currency: '',
    status: 'preliminary',
    source: 'https://en.trend.az/casia/kazakhstan/3876762.html',
    release_date: '2024-03-21',
    ...changes,
  };
  return OBSERVATION_COLUMNS.map((column) => csvField(values[column])).join(',');
}

/** Monthly output of each OKED group in each region: rows enough for several batches. */
export function monthlyLines(options: { groups: string[]; regions: string[]; years: number[]; releaseDate: string; scale?: number }): string[] {
  const lines: string[] = [];
  for (const group of options.groups)
    for (const region of options.regions)
      for (const year of options.years)
        for (let month = 1; month <= 12; month++) {
          const value = ((year - 2000) * 12 + month) * (options.scale ?? 1);
          lines.push(
            line({
              series: 'OUTPUT',
              branch: group,
              region,
              period: `${year}-${String(month).padStart(2, '0')}`,
              value: String(value),
              unit: 'million KZT',
              price_basis: 'current_prices',
              currency: 'KZT',
              source: 'generated for tests',
              release_date: options.releaseDate,
            }),
          );
        }
  return lines;
}

export interface TempFolder {
  path: string;
  write(name: string, lines: string[], header?: string): Promise<string>;
  remove(): Promise<void>;
}

export async function tempFolder(): Promise<TempFolder> {
  const path = await mkdtemp(join(tmpdir(), 'zhospar-stats-'));
  return {
    path,
    write: async (name, lines, header = HEADER) => {
      const file = join(path, name);
      await writeFile(file, [header, ...lines].join('\r\n') + '\r\n');
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/** A fresh test database with no statistics (the default dataset may hold the sample file). */
export async function createEmptyStatisticsDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  await db.pool.query('truncate observations, observation_imports, series restart identity cascade');
  return db;
}

/** Everything an import may change, to compare before and after. */
export async function statisticsSnapshot(db: TestDatabase): Promise<{ observations: number; total: string; series: number; imports: number }> {
  const { rows } = await db.pool.query(
    `select (select count(*)::int from observations) as observations,
            (select coalesce(sum(value), 0)::text from observations) as total,
            (select count(*)::int from series) as series,
            (select count(*)::int from observation_imports) as imports`,
  );
  return rows[0];
}
