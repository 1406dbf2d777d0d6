// Issue 4 target: importing official statistics at >= 50,000 rows/s with RSS <= 400 MB.
//
// The file: 250 OKED-like classes x 20 regions x 15 years of months = 900,000 rows of one series
// (OUTPUT, million KZT, current prices). OKED has no 250 classes in machine building, so the
// benchmark adds 250 synthetic class codes (29.10, 29.11, ... ten per group of the 37) to
// statistical_branches of its own throw-away database; the 20 regions are the real ones. The file
// is imported through importObservations, the use case `zhospar import observations` runs, into a
// fresh embedded PostgreSQL (a temporary ZHOSPAR_HOME), then imported again (nothing changes), then
// a revision of every figure is imported (a new vintage of a series that has data: each row compared
// with the stored ones, then inserted).
// Peak RSS is this Node process's (sampled every 50 ms); PostgreSQL runs in its own processes.
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importObservations } from '../src/app/statistics/import-observations';
import { seedDefaultDataset } from '../src/app/seed-default-dataset';
import { openDatabase } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { addStatisticalBranches } from '../src/db/repositories/observations';
import { listBranchGroups, listRegions } from '../src/db/repositories/classifications';
import { mulberry32 } from '../src/core/stats';
import { OBSERVATION_COLUMNS } from '../src/io/observations-format';
import type { BenchResult } from './report';

const CLASSES = 250;
const FIRST_YEAR = 2010;
const YEARS = 15;
const RELEASE_DATE = '2025-02-14';
const REVISION_DATE = '2025-03-14';

/** Writes the file in 1 MB pieces, so that generating it takes no more memory than importing it. */
async function writeFile(path: string, classes: string[], regions: string[], releaseDate = RELEASE_DATE, scale = 1): Promise<number> {
  const out = createWriteStream(path);
  const random = mulberry32(20250214);
  let text = `${OBSERVATION_COLUMNS.join(',')}\n`;
  let rows = 0;
  for (const branch of classes)
    for (const region of regions) {
      let level = 50 + random() * 500;
      for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++)
        for (let month = 1; month <= 12; month++) {
          level *= 0.97 + random() * 0.07;
          const period = `${year}-${month < 10 ? '0' : ''}${month}`;
          text += `OUTPUT,${branch},${region},${period},${(level * scale).toFixed(1)},million KZT,current_prices,KZT,final,"synthetic benchmark data, not statistics",${releaseDate}\n`;
          rows++;
          if (text.length > 1 << 20) {
            if (!out.write(text)) await once(out, 'drain');
            text = '';
          }
        }
    }
  out.end(text);
  await once(out, 'finish');
  return rows;
}

/**
 * CPU seconds used so far by the embedded PostgreSQL's processes (children of the postmaster, from
 * /proc; null where there is none). With other work on the machine the wall-clock figures swing;
 * the CPU the import costs does not, much.
 */
function postgresCpuSeconds(home: string): number | null {
  try {
    const postmaster = Number(readFileSync(join(home, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks / 100; // USER_HZ
  } catch {
    return null;
  }
}

/** CPU seconds of this process and of PostgreSQL from now until `stop()`. */
function cpuMeter(home: string): { stop(): { node: number; postgres: number | null } } {
  const node = process.cpuUsage();
  const postgres = postgresCpuSeconds(home);
  return {
    stop: () => {
      const used = process.cpuUsage(node);
      const postgresNow = postgresCpuSeconds(home);
      return { node: (used.user + used.system) / 1e6, postgres: postgres === null || postgresNow === null ? null : postgresNow - postgres };
    },
  };
}

function rssSampler(): { peakMb(): number; stop(): void } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return { peakMb: () => Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024, stop: () => clearInterval(timer) };
}

export async function benchObservationsImport(): Promise<BenchResult> {
  // The data folder is a temp folder of its own: PostgreSQL (as its own user) must enter every parent.
  const home = mkdtempSync(join(tmpdir(), 'zhospar-bench-'));
  const folder = mkdtempSync(join(tmpdir(), 'zhospar-bench-file-'));
  const db = await openDatabase({ home, poolSize: 4 });
  try {
    await migrate(db.pool);
    await seedDefaultDataset(db.pool);
    const groups = (await listBranchGroups(db.pool)).map((g) => g.code);
    const classes = groups.flatMap((group) => Array.from({ length: 10 }, (_, digit) => `${group}${digit}`)).slice(0, CLASSES);
    await addStatisticalBranches(db.pool, classes.map((code) => ({ code, kind: 'class', nameEn: `Synthetic benchmark class ${code}` })));
    const regions = (await listRegions(db.pool)).map((r) => r.code);
    const path = join(folder, 'observations.csv');
    const rows = await writeFile(path, classes, regions);

    const baselineMb = process.memoryUsage.rss() / 1024 / 1024;
    const loadBefore = loadavg()[0]!;
    const first = rssSampler();
    const firstCpu = cpuMeter(home);
    const started = performance.now();
    const report = await importObservations(db.pool, { path });
    const firstMs = performance.now() - started;
    const firstCpuUsed = firstCpu.stop();
    first.stop();
    if (report.status !== 'imported' || report.inserted !== rows) throw new Error(`the benchmark import failed: ${JSON.stringify({ ...report, problems: report.problems.slice(0, 5) })}`);

    const again = rssSampler();
    const againStarted = performance.now();
    const repeat = await importObservations(db.pool, { path });
    const againMs = performance.now() - againStarted;
    again.stop();
    if (repeat.inserted !== 0 || repeat.alreadyPresent !== rows) throw new Error('the second import changed something');

    const revisionPath = join(folder, 'revision.csv');
    await writeFile(revisionPath, classes, regions, REVISION_DATE, 1.01);
    const revision = rssSampler();
    const revisionStarted = performance.now();
    const revised = await importObservations(db.pool, { path: revisionPath });
    const revisionMs = performance.now() - revisionStarted;
    revision.stop();
    if (revised.inserted !== rows) throw new Error(`the revision import failed: ${JSON.stringify({ ...revised, problems: revised.problems.slice(0, 5) })}`);

    const rate = (ms: number) => (rows * 1000) / ms;
    return {
      name: `observations import (${rows.toLocaleString('en')} rows: ${classes.length} classes x ${regions.length} regions x ${YEARS} years of months)`,
      metrics: [
        { name: 'import rate', value: rate(firstMs), unit: 'rows/s', target: { op: '>=', value: 50_000 } },
        { name: 'peak RSS during the import', value: first.peakMb(), unit: 'MB', target: { op: '<=', value: 400 } },
        { name: 'reading: each row checked and copied in', value: report.timings.validateMs / 1000, unit: 's' },
        { name: 'then: compare, insert set-aside rows, commit', value: report.timings.writeMs / 1000, unit: 's' },
        { name: 'import total', value: firstMs / 1000, unit: 's' },
        { name: 'import CPU: this process', value: firstCpuUsed.node, unit: 's' },
        ...(firstCpuUsed.postgres === null ? [] : [{ name: 'import CPU: PostgreSQL', value: firstCpuUsed.postgres, unit: 's' }]),
        { name: 're-import of the same file (nothing inserted)', value: againMs / 1000, unit: 's' },
        { name: 're-import: reading (rows copied aside)', value: repeat.timings.validateMs / 1000, unit: 's' },
        { name: 're-import: compare with the stored rows, commit', value: repeat.timings.writeMs / 1000, unit: 's' },
        { name: 're-import rate', value: rate(againMs), unit: 'rows/s' },
        { name: 'peak RSS during the re-import', value: again.peakMb(), unit: 'MB', target: { op: '<=', value: 400 } },
        { name: 'revision of every row (a new vintage) rate', value: rate(revisionMs), unit: 'rows/s' },
        { name: 'revision: reading (each row checked and copied in)', value: revised.timings.validateMs / 1000, unit: 's' },
        { name: 'revision: compare, insert, commit', value: revised.timings.writeMs / 1000, unit: 's' },
        { name: 'peak RSS during the revision', value: revision.peakMb(), unit: 'MB', target: { op: '<=', value: 400 } },
      ],
      notes: [
        `synthetic OKED class codes added to statistical_branches of the benchmark database only; file sha256 ${report.sha256.slice(0, 12)}...`,
        `RSS is the Node process (the importer; ${baselineMb.toFixed(0)} MB before the import); PostgreSQL runs in separate processes`,
        `machine load (1-minute average) ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after, on ${availableParallelism()} CPUs: other work on the machine slows the import (its CPU figures move less)`,
      ],
    };
  } finally {
    await db.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}
