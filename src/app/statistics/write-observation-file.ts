// Writes the rows of an import while the file is being read, inside the caller's transaction
// (docs/observations-format.md, "How the import writes"). Rows of a series with no stored
// observation cannot clash with a stored row: they are copied straight into observations, a batch
// per COPY. Rows of the other series are copied into a temporary table; once the file has been
// read they are compared with the stored rows in one statement, and the new ones inserted in one
// more. One statement is in flight at a time: the next batch is read and checked while it runs.
import type { Queryable } from '../../db/repositories/queryable';
import { reserveImportId } from '../../db/repositories/imports';
import {
  compareStagedObservations,
  copyObservations,
  copyStagedObservations,
  createObservationStaging,
  insertStagedObservations,
  type CopyClient,
} from '../../db/repositories/observation-copy';
import { ensureSeries, type StoredSeries } from '../../db/repositories/series';
import type { ObservationRow } from '../../io/observations-row';
import type { ProblemList } from './problem-list';
import type { SeriesTally } from './validate-observation-file';

/** A row of the file was stored by another writer (imports hold a lock) while it was being imported. */
export class ConcurrentWriteError extends Error {
  constructor() {
    super('a row of the file was stored by another writer while it was being imported; nothing was imported: import it again');
    this.name = 'ConcurrentWriteError';
  }
}

const UNIQUE_VIOLATION = '23505';

/** A unique violation means another writer; anything else is passed on as it is. */
function asWriteError(error: unknown): unknown {
  return (error as { code?: string }).code === UNIQUE_VIOLATION ? new ConcurrentWriteError() : error;
}

export interface WriterOptions {
  client: CopyClient & Queryable;
  batchSize: number;
  /** False on a dry run: rows are only set aside to be compared with the stored ones. */
  isWriting: boolean;
  storedSeries: ReadonlyMap<string, StoredSeries>;
  /** Called before each write to observations; tests throw here to simulate a crash mid-write. */
  beforeBatch?: (batchNumber: number) => void | Promise<void>;
}

export class ObservationWriter {
  /** Rows inserted into observations so far. */
  inserted = 0;
  private readonly seriesIds = new Map<string, number>();
  /** New series met in the file, created before their first rows are written. */
  private readonly unsavedSeries = new Map<string, SeriesTally>();
  private lastTally: SeriesTally | null = null;
  private direct: ObservationRow[] = [];
  private readonly staged: ObservationRow[] = [];
  private hasStaging = false;
  private isWriting: boolean;
  private writes = 0;
  private importId: number | null = null;
  private inFlight: Promise<unknown> | null = null;

  constructor(private readonly options: WriterOptions) {
    this.isWriting = options.isWriting;
    for (const series of options.storedSeries.values()) this.seriesIds.set(series.code, series.id);
  }

  private readonly seriesId = (row: ObservationRow): number => this.seriesIds.get(row.series)!;

  /** Takes a checked row. Rows of a series with stored observations are set aside, even on a dry run, to be compared. */
  add(row: ObservationRow, tally: SeriesTally): void {
    if (tally.stored?.hasObservations) {
      this.staged.push(row);
      return;
    }
    if (!this.isWriting) return;
    if (tally !== this.lastTally) {
      this.lastTally = tally;
      if (!this.seriesIds.has(tally.code)) this.unsavedSeries.set(tally.code, tally);
    }
    this.direct.push(row);
  }

  /** Writes no more rows into observations (the file has a problem: all will be rolled back); still sets rows aside to compare. */
  stopWriting(): void {
    this.isWriting = false;
    this.direct = [];
  }

  /** Sends the batches that are full; waits only for the statement before. */
  async afterBatch(): Promise<void> {
    const size = this.options.batchSize;
    while (this.direct.length >= size) await this.sendDirect(this.direct.splice(0, size));
    while (this.staged.length >= size) await this.sendStaged(this.staged.splice(0, size));
  }

  /** Sends what is left and waits until it is written. */
  async finish(): Promise<void> {
    if (this.direct.length > 0) await this.sendDirect(this.direct.splice(0));
    if (this.staged.length > 0) await this.sendStaged(this.staged.splice(0));
    await this.settle();
  }

  /**
   * Compares the rows set aside with the stored ones: the same value is already present (and is
   * not written again), another value is a problem. Returns the rows already present.
   */
  async compare(problems: ProblemList): Promise<number> {
    if (!this.hasStaging) return 0;
    const comparison = await compareStagedObservations(this.options.client, problems.limit);
    for (const clash of comparison.clashes) {
      problems.add({ row: clash.rowNumber, column: 'value', message: `a value for this key and release date is already stored: ${clash.storedValue}` });
    }
    problems.addUnlisted(comparison.clashCount - comparison.clashes.length);
    return comparison.alreadyPresent;
  }

  /** Inserts the rows set aside that compare found new. */
  async insertStaged(): Promise<void> {
    if (!this.hasStaging) return;
    await this.options.beforeBatch?.(++this.writes);
    try {
      this.inserted += await insertStagedObservations(this.options.client, await this.reservedImportId());
    } catch (error) {
      throw asWriteError(error);
    }
  }

  /** The id the import's rows carry, reserved with the first write. */
  async reservedImportId(): Promise<number> {
    this.importId ??= await reserveImportId(this.options.client);
    return this.importId;
  }

  /** Waits for the statement in flight; rethrows its failure. */
  async settle(): Promise<void> {
    const inFlight = this.inFlight;
    this.inFlight = null;
    if (inFlight) await inFlight;
  }

  private async sendDirect(rows: ObservationRow[]): Promise<void> {
    await this.settle();
    await this.options.beforeBatch?.(++this.writes);
    if (this.unsavedSeries.size > 0) {
      const ids = await ensureSeries(this.options.client, [...this.unsavedSeries.values()]);
      for (const [code, id] of ids) this.seriesIds.set(code, id);
      this.unsavedSeries.clear();
    }
    const importId = await this.reservedImportId();
    this.start(copyObservations(this.options.client, rows, this.seriesId, importId).then((count) => (this.inserted += count)));
  }

  private async sendStaged(rows: ObservationRow[]): Promise<void> {
    await this.settle();
    if (!this.hasStaging) {
      await createObservationStaging(this.options.client);
      this.hasStaging = true;
    }
    this.start(copyStagedObservations(this.options.client, rows, this.seriesId));
  }

  private start(statement: Promise<unknown>): void {
    const inFlight = statement.catch((error: unknown) => {
      throw asWriteError(error);
    });
    // Marked as handled now; its failure is rethrown where it is awaited (settle).
    inFlight.catch(() => undefined);
    this.inFlight = inFlight;
  }
}
