// Loads the default dataset (data/) into the database in one transaction: everything or nothing.
// Only missing records are inserted, so seeding twice changes nothing.
import { join } from 'node:path';
import type pg from 'pg';
import { buildSearchText } from '../core/text/search-text';
import { writePlanDataset, writeReferenceData, type WriteCounts } from '../db/repositories/dataset-writer';
import { withTransaction } from '../db/transaction';
import { resolveDataPath } from '../io/data-path';
import { loadDefaultDataset } from '../io/dataset-files';
import { insertExampleIoTables, loadExampleIoTables } from './input-output/seed-example-io-tables';
import { seedIndicatorStatistics } from './indicators/seed-indicator-statistics';
import { seedObligations } from './obligations/seed-obligations';
import { ADVISORY_LOCKS } from '../db/advisory-locks';

const SEED_LOCK = ADVISORY_LOCKS.seed;

export async function seedDefaultDataset(pool: pg.Pool, dataDir = resolveDataPath()): Promise<WriteCounts> {
  const dataset = await loadDefaultDataset(dataDir);
  const ioTables = await loadExampleIoTables(join(dataDir, 'io'));
  const counts = await withTransaction(pool, async (client) => {
    // Two processes starting together on an empty database must not seed at the same time.
    await client.query('select pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const reference = await writeReferenceData(client, {
      branchGroups: dataset.branchGroups,
      regions: dataset.regions,
      publishedFigures: dataset.publishedFigures,
    });
    const plan = await writePlanDataset(client, {
      organizations: dataset.organizations,
      plan: dataset.plan,
      indicators: dataset.indicators,
      measures: dataset.measures.map((m) => ({
        ...m,
        searchText: buildSearchText([m.names, m.completionForm, m.deadlineText, m.expectedResult]),
      })),
    });
    return { ...reference, ...plan, ...(await seedObligations(client, dataDir)), ioTables: await insertExampleIoTables(client, ioTables) };
  });
  return { ...counts, ...(await seedIndicatorStatistics(pool, dataDir)) };
}

/** Seeds on first start only: a database that already holds a plan is left as it is. */
export async function seedIfEmpty(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ n: number }>('select count(*) as n from plans');
  if ((rows[0]?.n ?? 0) > 0) return false;
  await seedDefaultDataset(pool);
  return true;
}
