// Imports a file of official statistics (docs/observations-format.md): all or nothing, in bounded
// memory, in one pass over the file. Everything happens in one transaction: each row is checked as
// it is read and, as long as no problem has been found, written (write-observation-file.ts); rows
// that may already be stored are compared with the stored ones once the file has been read. If any
// row has a problem, or anything fails, the transaction is rolled back and the database is as it
// was. Imports take a lock, so that no other import stores a row between the comparison and the
// write; a row stored meanwhile by any other writer makes the import fail, never silently skipped.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type pg from 'pg';
import type { ObservationImportReport } from '../../contracts/api/observations';
import { recordImport } from '../../db/repositories/imports';
import { loadObservationCodes } from '../../db/repositories/observations';
import { loadSeriesByCode } from '../../db/repositories/series';
import { observationFileFormat, type ObservationFileFormat } from '../../io/observations-file';
import { createObservationRowValidator } from '../../io/observations-row';
import { DEFAULT_PROBLEM_LIMIT, ProblemList } from './problem-list';
import { validateObservationFile, type ValidationOutcome } from './validate-observation-file';
import { ObservationWriter } from './write-observation-file';
import { ADVISORY_LOCKS } from '../../db/advisory-locks';

const IMPORT_LOCK = ADVISORY_LOCKS.observationsImport;
export const DEFAULT_BATCH_SIZE = 10_000;

export interface ImportProgress {
  /** 'read': rows read, checked and (unless a dry run) written; 'store': the file is read, the rest is being stored. */
  pass: 'read' | 'store';
  rows: number;
  /** While reading, the rows expected from the share of the file read so far. */
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
  /** Called before each write to observations; tests throw here to simulate a crash mid-write. */
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

/** The file's size in bytes; a clear error when it is missing or not a file. */
async function checkReadable(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ObservationFileError(`"${path}" is not a file`);
    return info.size;
  } catch (error) {
    if (error instanceof ObservationFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ObservationFileError(code === 'ENOENT' ? `the file "${path}" does not exist` : `the file "${path}" cannot be read: ${(error as Error).message}`);
  }
}

/** The rows a file will have, from the share of it read so far (CSV rows are about the same size). */
function expectedRows(format: ObservationFileFormat, rows: number, bytes: number, fileBytes: number): number | undefined {
  // A workbook is compressed, and its worksheets may be read only after the rest of the file.
  return format === 'csv' && bytes > 0 ? Math.max(rows, Math.round((rows * fileBytes) / bytes)) : undefined;
}

export async function importObservations(pool: pg.Pool, input: ImportObservationsInput): Promise<ObservationImportReport> {
  const fileBytes = await checkReadable(input.path);
  const fileName = input.fileName ?? basename(input.path);
  const file = { path: input.path, format: input.format ?? observationFileFormat(fileName) };
  const problems = new ProblemList(input.problemLimit ?? DEFAULT_PROBLEM_LIMIT);
  const isDryRun = input.dryRun ?? false;
  const client = await pool.connect();
  try {
    if (!isDryRun) await client.query('select pg_advisory_lock($1)', [IMPORT_LOCK]);
    try {
      const validator = createObservationRowValidator({ codes: await loadObservationCodes(client), today: input.today ?? latestToday() });
      const storedSeries = await loadSeriesByCode(client);
      const started = performance.now();
      // A dry run too: the rows to compare with the stored ones go to a table of the transaction.
      await client.query('begin');
      const writer = new ObservationWriter({
        client,
        batchSize: input.batchSize ?? DEFAULT_BATCH_SIZE,
        isWriting: !isDryRun,
        storedSeries,
        ...(input.beforeBatch ? { beforeBatch: input.beforeBatch } : {}),
      });
      try {
        const outcome = await validateObservationFile(file, {
          validator,
          storedSeries,
          problems,
          onRow: (row, series) => writer.add(row, series),
          afterBatch: async (rows, bytes) => {
            input.onProgress?.({ pass: 'read', rows, total: expectedRows(file.format, rows, bytes, fileBytes) });
            if (problems.count > 0) writer.stopWriting();
            await writer.afterBatch();
          },
        });
        if (problems.count > 0) writer.stopWriting();
        await writer.finish();
        const readMs = performance.now() - started;
        input.onProgress?.({ pass: 'store', rows: outcome.rows });
        const alreadyPresent = await writer.compare(problems);
        const report = (status: ObservationImportReport['status'], inserted: number, importId: number | null) => {
          const timings = status === 'imported' ? { validateMs: readMs, writeMs: performance.now() - started - readMs } : { validateMs: performance.now() - started, writeMs: 0 };
          return buildReport({ status, isDryRun, importId, fileName, format: file.format, outcome, problems, inserted, alreadyPresent, timings });
        };
        if (outcome.rows === 0 && problems.count === 0) problems.add({ row: 2, column: null, message: 'the file has no data rows' });
        if (problems.count > 0 || isDryRun) {
          await client.query('rollback');
          return problems.count > 0 ? report('invalid', 0, null) : report('valid', outcome.rows - alreadyPresent, null);
        }
        await writer.insertStaged();
        // New series were created by the writer before their first rows.
        const importId = await writer.reservedImportId();
        const entry = { fileName, sha256: outcome.sha256, format: file.format, rows: outcome.rows, importedBy: input.importedBy ?? null };
        await recordImport(client, importId, { ...entry, inserted: writer.inserted, skipped: outcome.rows - writer.inserted });
        await client.query('commit');
        return report('imported', writer.inserted, importId);
      } catch (error) {
        // Never roll back under a statement still running on the connection.
        await writer.settle().catch(() => undefined);
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
  /** Rows stored already with the same value. */
  alreadyPresent: number;
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
    alreadyPresent: isWritten ? outcome.rows - parts.inserted : parts.alreadyPresent,
    series: [...outcome.series.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((s) => ({ code: s.code, unit: s.unit, currency: s.currency, rows: s.rows, isNew: s.stored === null })),
    vintages: { count: dates.length, earliest: dates[0] ?? null, latest: dates.at(-1) ?? null },
    problemCount: parts.problems.count,
    problems: parts.problems.list(),
    timings: { validateMs: Math.round(parts.timings.validateMs), writeMs: Math.round(parts.timings.writeMs) },
  };
}
