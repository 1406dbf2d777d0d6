// The default dataset's indicators are computed from the public figures it holds, never typed in:
// this step imports the official-statistics files under data/statistics (the same import as
// `zhospar import observations`) and links each plan indicator to its series. It runs after the
// seed's transaction has committed, because the import validates branch and region codes that the
// seed writes and runs in its own transaction. Idempotent: a file whose rows are all stored is not
// imported again (no empty import record), and existing links are kept.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { insertIndicatorSeriesLinks } from '../../db/repositories/indicator-links';
import { DEFAULT_PLAN_FOLDER, listPlanFolders, loadPlanFolder } from '../../io/dataset-files';
import { readIndicatorSeriesFile } from '../../io/indicator-series-file';
import { importObservations } from '../statistics/import-observations';

export const STATISTICS_FOLDER = 'statistics';

async function statisticsFiles(dataDir: string): Promise<string[]> {
  const folder = path.join(dataDir, STATISTICS_FOLDER);
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && /\.(csv|xlsx)$/i.test(entry.name))
      .map((entry) => path.join(folder, entry.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function seedIndicatorStatistics(pool: pg.Pool, dataDir: string): Promise<{ observations: number; indicatorLinks: number }> {
  let observations = 0;
  for (const file of await statisticsFiles(dataDir)) {
    const check = await importObservations(pool, { path: file, dryRun: true });
    if (check.status === 'invalid') {
      const problems = check.problems.slice(0, 10).map((p) => `row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
      throw new Error(`The default dataset's statistics file ${file} has ${check.problemCount} problem(s):\n  - ${problems.join('\n  - ')}`);
    }
    if (check.inserted === 0) continue;
    observations += (await importObservations(pool, { path: file })).inserted;
  }
  let indicatorLinks = 0;
  const folders = await listPlanFolders(dataDir).catch(() => [DEFAULT_PLAN_FOLDER]);
  for (const folder of folders) {
    const planDir = path.join(dataDir, 'plans', folder);
    const links = await readIndicatorSeriesFile(planDir);
    if (!links) continue;
    const { plan } = await loadPlanFolder(planDir);
    indicatorLinks += (await insertIndicatorSeriesLinks(pool, plan.code, links)).links;
  }
  return { observations, indicatorLinks };
}
