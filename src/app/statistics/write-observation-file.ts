// Pass 2 of an import: reads the file again and inserts its rows in batches, inside the caller's
// transaction, leaving out the rows pass 1 found already stored. While the database inserts one batch, the next one is parsed (one statement in
// flight at a time). The bytes are hashed again: if the file changed since pass 1, the caller's
// transaction is rolled back rather than storing rows that were never validated.
import { createHash } from 'node:crypto';
import { emptyObservationColumns, insertObservations, type ObservationColumns } from '../../db/repositories/observations';
import type { Queryable } from '../../db/repositories/queryable';
import { readObservationFile, type ObservationFileFormat } from '../../io/observations-file';
import type { ObservationProblem } from '../../io/observations-format';
import type { ObservationRowValidator } from '../../io/observations-row';
import type { RowSet } from './row-set';

export class FileChangedError extends Error {
  constructor(detail: string) {
    super(`the file changed while it was being imported (${detail}); nothing was imported: import it again`);
    this.name = 'FileChangedError';
  }
}

/** A row was stored by something other than an import (imports hold a lock) between the passes. */
export class ConcurrentWriteError extends Error {
  constructor() {
    super('a row of the file was stored by another writer while it was being imported; nothing was imported: import it again');
    this.name = 'ConcurrentWriteError';
  }
}

export interface WriteContext {
  validator: ObservationRowValidator;
  seriesIds: ReadonlyMap<string, number>;
  importId: number;
  batchSize: number;
  /** The SHA-256 that pass 1 computed. */
  sha256: string;
  /** Rows that pass 1 found already stored, with the same value: not written again. */
  alreadyPresent: RowSet;
  onRows?: (rows: number) => void;
  /** Called before each batch is sent; tests throw here to simulate a failure mid-write. */
  beforeBatch?: (batchNumber: number) => void | Promise<void>;
}

export async function writeObservationFile(
  db: Queryable,
  file: { path: string; format: ObservationFileFormat },
  context: WriteContext,
): Promise<{ rows: number; inserted: number }> {
  const hash = createHash('sha256');
  let rows = 0;
  let inserted = 0;
  let batches = 0;
  let columns: ObservationColumns = emptyObservationColumns();
  let inFlight: Promise<number> | null = null;
  const changed = (problem: ObservationProblem) => {
    throw new FileChangedError(`row ${problem.row}: ${problem.message}`);
  };

  const send = async () => {
    if (columns.seriesIds.length === 0) return;
    if (inFlight) inserted += await inFlight;
    await context.beforeBatch?.(++batches);
    inFlight = insertObservations(db, columns, context.importId);
    // Marked as handled now; its failure is rethrown where it is awaited.
    inFlight.catch(() => undefined);
    columns = emptyObservationColumns();
  };

  try {
    for await (const batch of readObservationFile(file.path, file.format, (chunk) => hash.update(chunk), changed)) {
      for (const { rowNumber, cells } of batch) {
        rows++;
        if (context.alreadyPresent.has(rowNumber)) continue;
        const row = context.validator(rowNumber, cells, changed)!;
        const seriesId = context.seriesIds.get(row.series);
        if (seriesId === undefined) throw new FileChangedError(`row ${rowNumber}: series ${row.series} was not in the file before`);
        columns.seriesIds.push(seriesId);
        columns.branches.push(row.branch);
        columns.regions.push(row.region);
        columns.periods.push(row.period);
        columns.firstMonths.push(row.firstMonth);
        columns.lastMonths.push(row.lastMonth);
        columns.priceBases.push(row.priceBasis);
        columns.releaseDates.push(row.releaseDate);
        columns.values.push(row.value);
        columns.statuses.push(row.status);
        columns.sources.push(row.source);
        if (columns.seriesIds.length >= context.batchSize) await send();
      }
      context.onRows?.(rows);
    }
    await send();
    if (inFlight) inserted += await (inFlight as Promise<number>);
  } catch (error) {
    // Never leave a statement running on the connection that the caller will roll back.
    if (inFlight) await (inFlight as Promise<number>).catch(() => undefined);
    if ((error as { code?: string }).code === '23505') throw new ConcurrentWriteError();
    throw error;
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== context.sha256) throw new FileChangedError('its SHA-256 differs');
  return { rows, inserted };
}
