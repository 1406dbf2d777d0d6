// `zhospar import observations FILE [--dry-run] [--json]`: official statistics into the database,
// all or nothing (docs/observations-format.md). A progress bar on stderr while the file is read, then
// while the rest is stored; the summary, or the problem report, on stdout.
import type { Command } from 'commander';
import type { ObservationImportReport } from '../../contracts/api/observations';
import { importObservations, ObservationFileError, type ImportProgress } from '../../app/statistics/import-observations';
import { ConcurrentWriteError } from '../../app/statistics/write-observation-file';
import { seedIfEmpty } from '../../app/seed-default-dataset';
import { databaseOptionsFromEnv, openDatabase, type Database } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { createProgress, type Progress } from '../progress';
import { UserError, printJson } from '../output';

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(databaseOptionsFromEnv());
  try {
    await migrate(db.pool);
    // Branch and region codes come with the default dataset: a new database gets it first.
    await seedIfEmpty(db.pool);
    return await work(db);
  } finally {
    await db.close();
  }
}

/**
 * A bar while the file is read ("Importing", or "Checking" on a dry run), then a line while the
 * rest is stored (one statement and the commit: nothing to count).
 */
function passProgress(isDryRun: boolean, stream: NodeJS.WriteStream = process.stderr): { onProgress: (progress: ImportProgress) => void; done: () => void } {
  let bar: Progress | null = null;
  let isStoring = false;
  return {
    onProgress: (progress) => {
      if (progress.pass === 'read') {
        bar ??= createProgress(isDryRun ? 'Checking' : 'Importing', progress.total, stream);
        bar.update(progress.rows, progress.total);
        return;
      }
      bar?.finish();
      bar = null;
      if (stream.isTTY && !isStoring) stream.write(`Storing: ${progress.rows} rows read, comparing with the stored rows and committing...`);
      isStoring = true;
    },
    done: () => {
      bar?.finish();
      if (stream.isTTY && isStoring) stream.write('\r\x1b[K');
    },
  };
}

function rate(rows: number, ms: number): string {
  return ms > 0 ? `${Math.round((rows * 1000) / ms).toLocaleString('en')} rows/s` : '-';
}

export function formatImportSummary(report: ObservationImportReport): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const { validateMs, writeMs } = report.timings;
  const series = report.series.map((s) => `${s.code}${s.isNew ? ' (new)' : ''}`).join(', ');
  const vintages = report.vintages.count === 0 ? 'none' : `${report.vintages.count} release date(s), ${report.vintages.earliest} .. ${report.vintages.latest}`;
  const title = report.status === 'imported' ? `Imported ${report.file}` : `${report.file} is valid (dry run: nothing was written)`;
  return [
    `${title} (sha256 ${report.sha256.slice(0, 12)}...${report.importId ? `, import #${report.importId}` : ''})`,
    `  rows             ${report.rows}`,
    `  ${report.dryRun ? 'would insert    ' : 'inserted        '} ${report.inserted}`,
    `  already present  ${report.alreadyPresent}`,
    `  series           ${series || 'none'}`,
    `  vintages         ${vintages}`,
    `  time             ${seconds(validateMs + writeMs)}${report.dryRun ? '' : ` (reading, checking and writing ${seconds(validateMs)}, then storing ${seconds(writeMs)})`}, ${rate(report.rows, validateMs + writeMs)}`,
    '',
  ].join('\n');
}

export function formatProblemReport(report: ObservationImportReport): string {
  const lines = report.problems.map((p) => `  row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
  const more = report.problemCount - report.problems.length;
  return [
    `${report.file}: ${report.problemCount} problem(s) in ${report.rows} row(s); nothing was imported.`,
    ...lines,
    ...(more > 0 ? [`  ... and ${more} more problem(s) not listed.`] : []),
    '',
  ].join('\n');
}

export function registerImportCommands(program: Command): void {
  const group = program.command('import').description('Import data files into the database.');

  group
    .command('observations')
    .description('Import official statistics (CSV or XLSX, long format: docs/observations-format.md). All or nothing; twice changes nothing.')
    .argument('<file>', 'the CSV (UTF-8) or XLSX file')
    .option('--dry-run', 'validate only: write nothing')
    .option('--json', 'print the report as JSON')
    .action((path: string, options: { dryRun?: boolean; json?: boolean }) =>
      withDatabase(async ({ pool }) => {
        const progress = passProgress(options.dryRun ?? false);
        let report: ObservationImportReport;
        try {
          report = await importObservations(pool, { path, dryRun: options.dryRun ?? false, onProgress: progress.onProgress });
        } catch (error) {
          if (error instanceof ObservationFileError || error instanceof ConcurrentWriteError) {
            throw new UserError(error.message);
          }
          throw error;
        } finally {
          progress.done();
        }
        if (options.json) printJson(report);
        else process.stdout.write(report.status === 'invalid' ? formatProblemReport(report) : formatImportSummary(report));
        if (report.status === 'invalid') throw new UserError(`${report.problemCount} problem(s) found; nothing was imported.`);
      }),
    );
}
