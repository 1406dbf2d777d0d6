// Imports a file of official statistics (docs/observations-format.md): all or nothing, in bounded
// memory. Pass 1 validates every row, compares rows of known series with what is stored, and writes
// nothing; if no problem is found, pass 2 reads the file again and inserts the rows not yet stored
// in batches inside one transaction, so a failure mid-write leaves the database as it was. Imports
// take a lock for both passes, so that no other import stores a row between the check and the
// write; a row stored meanwhile by any other writer makes pass 2 fail, never silently skipped.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type pg from 'pg';
import type { ObservationImportReport } from '../../contracts/api/observations';
import { finishImport, startImport } from '../../db/repositories/imports';
import { loadObservationCodes } from '../../db/repositories/observations';
import { ensureSeries, loadSeriesByCode } from '../../db/repositories/series';
import { observationFileFormat, type ObservationFileFormat } from '../../io/observations-file';
import { createObservationRowValidator } from '../../io/observations-row';
import { DEFAULT_PROBLEM_LIMIT, ProblemList } from './problem-list';
import { validateObservationFile, type ValidationOutcome } from './validate-observation-file';
import { writeObservationFile } from './write-observation-file';
import { ADVISORY_LOCKS } from '../../db/advisory-locks';

const IMPORT_LOCK = ADVISORY_LOCKS.observationsImport;
export const DEFAULT_BATCH_SIZE = 10_000;

export interface ImportProgress {
  pass: 'validate' | 'write';
  rows: number;
  /** Rows to write (known in pass 2). */
  total?: number;
}

export interface ImportObservationsInput {
  /** The file to read. */
  path: string;
  /** The name recorded and reported (an upload's own name); by default the file's name. */
  fileName?: string;
  /** By default from the file name's extension: .xlsx or CSV. */
  format?: ObservationFileFormat;
  /** Validate only: write nothing. */
  dryRun?: boolean;
  /** The user importing; null from the command line. */
  importedBy?: number | null;
  /** YYYY-MM-DD; release dates after it are refused. By default today, in the easternmost time zone. */
  today?: string;
  batchSize?: number;
  problemLimit?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Called before each batch is written; tests throw here to simulate a crash mid-write. */
  beforeBatch?: (batchNumber: number) => void | Promise<void>;
}

export class ObservationFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObservationFileError';
  }
}

/** Today's date where it is already latest (UTC+14), so a release dated today anywhere is accepted. */
function latestToday(): string {
  return new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
}

async function checkReadable(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ObservationFileError(`"${path}" is not a file`);
  } catch (error) {
    if (error instanceof ObservationFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ObservationFileError(code === 'ENOENT' ? `the file "${path}" does not exist` : `the file "${path}" cannot be read: ${(error as Error).message}`);
  }
}

export async function importObservations(pool: pg.Pool, input: ImportObservationsInput): Promise<ObservationImportReport> {
  await checkReadable(input.path);
  const fileName = input.fileName ?? basename(input.path);
  const file = { path: input.path, format: input.format ?? observationFileFormat(fileName) };
  const batchSize = input.batchSize ?? DEFAULT_BATCH_SIZE;
  const problems = new ProblemList(input.problemLimit ?? DEFAULT_PROBLEM_LIMIT);
  const isDryRun = input.dryRun ?? false;
  const client = await pool.connect();
  try {
    if (!isDryRun) await client.query('select pg_advisory_lock($1)', [IMPORT_LOCK]);
    try {
      const validator = createObservationRowValidator({ codes: await loadObservationCodes(client), today: input.today ?? latestToday() });
      const storedSeries = await loadSeriesByCode(client);
      const started = performance.now();
      const outcome = await validateObservationFile(client, file, {
        validator,
        storedSeries,
        problems,
        batchSize,
        onRows: (rows) => input.onProgress?.({ pass: 'validate', rows }),
      });
      const validateMs = performance.now() - started;
      const report = (status: ObservationImportReport['status'], inserted: number, importId: number | null, writeMs: number) =>
        buildReport({ status, isDryRun, importId, fileName, format: file.format, outcome, problems, inserted, timings: { validateMs, writeMs } });
      if (problems.count > 0) return report('invalid', 0, null, 0);
      if (outcome.rows === 0) {
        problems.add({ row: 2, column: null, message: 'the file has no data rows' });
        return report('invalid', 0, null, 0);
      }
      const newRows = outcome.rows - outcome.alreadyPresent.size;
      if (isDryRun) return report('valid', newRows, null, 0);

      const writeStarted = performance.now();
      await client.query('begin');
      try {
        const seriesIds = await ensureSeries(client, [...outcome.series.values()]);
        const importId = await startImport(client, { fileName, sha256: outcome.sha256, format: file.format, rows: outcome.rows, importedBy: input.importedBy ?? null });
        // Every row already stored (the same file again): nothing to read twice.
        const { inserted } =
          newRows === 0
            ? { inserted: 0 }
            : await writeObservationFile(client, file, {
                validator,
                seriesIds,
                importId,
                batchSize,
                sha256: outcome.sha256,
                alreadyPresent: outcome.alreadyPresent,
                onRows: (rows) => input.onProgress?.({ pass: 'write', rows, total: outcome.rows }),
                ...(input.beforeBatch ? { beforeBatch: input.beforeBatch } : {}),
              });
        await finishImport(client, importId, { inserted, skipped: outcome.rows - inserted });
        await client.query('commit');
        return report('imported', inserted, importId, performance.now() - writeStarted);
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      }
    } finally {
      if (!isDryRun) await client.query('select pg_advisory_unlock($1)', [IMPORT_LOCK]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}

interface ReportParts {
  status: ObservationImportReport['status'];
  isDryRun: boolean;
  importId: number | null;
  fileName: string;
  format: ObservationFileFormat;
  outcome: ValidationOutcome;
  problems: ProblemList;
  inserted: number;
  timings: { validateMs: number; writeMs: number };
}

function buildReport(parts: ReportParts): ObservationImportReport {
  const { outcome } = parts;
  const dates = [...outcome.releaseDates].sort();
  const isWritten = parts.status !== 'invalid';
  return {
    status: parts.status,
    dryRun: parts.isDryRun,
    importId: parts.importId,
    file: parts.fileName,
    format: parts.format,
    sha256: outcome.sha256,
    rows: outcome.rows,
    inserted: parts.inserted,
    alreadyPresent: isWritten ? outcome.rows - parts.inserted : outcome.alreadyPresent.size,
    series: [...outcome.series.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((s) => ({ code: s.code, unit: s.unit, currency: s.currency, rows: s.rows, isNew: s.stored === null })),
    vintages: { count: dates.length, earliest: dates[0] ?? null, latest: dates.at(-1) ?? null },
    problemCount: parts.problems.count,
    problems: parts.problems.list(),
    timings: { validateMs: Math.round(parts.timings.validateMs), writeMs: Math.round(parts.timings.writeMs) },
  };
}
