// Writes the rows of an import while the file is being read, inside the caller's transaction
// (docs/observations-format.md, "How the import writes"). A row can only clash with (or repeat) a
// stored row of the same series and release date. Rows of a new series, and rows whose series has
// no stored row of their release date (one look-up per series and release date), are copied
// straight into observations, a batch per COPY. The others are copied into a temporary table; once
// the file has been read they are compared with the stored rows in one statement, and the new ones
// inserted in one more. One statement is in flight at a time: the next batch is read and checked
// while it runs.
import type { Queryable } from '../../db/repositories/queryable';
import { reserveImportId } from '../../db/repositories/imports';
import {
  compareStagedObservations,
  copyIn,
  CopyBatchBuilder,
  createObservationStaging,
  findStoredReleases,
  insertStagedObservations,
  type CopyBatch,
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
/**
 * Release dates looked up per series at most. Each look-up may scan the series' stored rows; a file
 * with more release dates of one series (a history of vintages) sends the others to be compared.
 */
const MAX_RELEASE_LOOKUPS = 8;

/** Where the rows of one series and release date go. */
const enum Route {
  /** Straight into observations: nothing of the series and release date is stored. */
  Direct,
  /** Into the staging table, to be compared with the stored rows. */
  Staged,
  /** Not known until the release is looked up: the rows wait. */
  Unknown,
}

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
  /** The route of each stored series and release date met (key: series id, unit separator, date). */
  private readonly routes = new Map<string, Route>();
  private readonly lookups = new Map<number, number>();
  private readonly unknownReleases = new Map<string, { seriesId: number; releaseDate: string }>();
  /** Rows that cannot be turned into COPY lines yet: new series, unknown route, or no import id reserved. */
  private waiting: { row: ObservationRow; tally: SeriesTally }[] = [];
  // The route of the previous row: files come series by series, release by release.
  private lastTally: SeriesTally | null = null;
  private lastReleaseDate = '';
  private lastSeriesId: number | undefined;
  private lastRoute = Route.Unknown;
  /** Lines for observations; made once the import's id is reserved. */
  private direct: CopyBatchBuilder | null = null;
  private readonly staged: CopyBatchBuilder;
  private hasStaging = false;
  /** Rows copied into the staging table, and those of them found stored with the same value. */
  private stagedRows = 0;
  private alreadyPresent = 0;
  private isWriting: boolean;
  private writes = 0;
  private importId: number | null = null;
  private inFlight: Promise<unknown> | null = null;

  constructor(private readonly options: WriterOptions) {
    this.isWriting = options.isWriting;
    this.staged = CopyBatchBuilder.forStaging(options.batchSize);
    for (const series of options.storedSeries.values()) this.seriesIds.set(series.code, series.id);
  }

  /** Takes a checked row. Rows that may clash are set aside even on a dry run, to be compared. */
  add(row: ObservationRow, tally: SeriesTally): void {
    if (tally !== this.lastTally || row.releaseDate !== this.lastReleaseDate) this.route(tally, row.releaseDate);
    if (this.lastRoute === Route.Staged) this.staged.add(row, this.lastSeriesId!);
    else if (this.lastRoute === Route.Unknown) this.waiting.push({ row, tally });
    else if (!this.isWriting) return;
    else if (this.lastSeriesId === undefined || this.direct === null) this.waiting.push({ row, tally });
    else this.direct.add(row, this.lastSeriesId);
  }

  private route(tally: SeriesTally, releaseDate: string): void {
    this.lastTally = tally;
    this.lastReleaseDate = releaseDate;
    this.lastSeriesId = this.seriesIds.get(tally.code);
    if (!tally.stored?.hasObservations) {
      this.lastRoute = Route.Direct;
      if (this.lastSeriesId === undefined) this.unsavedSeries.set(tally.code, tally);
      return;
    }
    const seriesId = tally.stored.id;
    const key = `${seriesId}\u001f${releaseDate}`;
    let route = this.routes.get(key);
    if (route === undefined) {
      const lookups = this.lookups.get(seriesId) ?? 0;
      route = lookups < MAX_RELEASE_LOOKUPS ? Route.Unknown : Route.Staged;
      if (route === Route.Unknown) {
        this.lookups.set(seriesId, lookups + 1);
        this.unknownReleases.set(key, { seriesId, releaseDate });
      }
      this.routes.set(key, route);
    }
    this.lastRoute = route;
  }

  /** Writes no more rows into observations (the file has a problem: all will be rolled back); still sets rows aside to compare. */
  stopWriting(): void {
    this.isWriting = false;
    this.direct?.clear();
  }

  /** After each piece of the file: sends the batches that are full, waiting only for the statement before. */
  async afterBatch(): Promise<void> {
    // Reading and checking run on promises alone, which never let the event loop write out what a
    // COPY still has to send once the socket's buffer is full: the database then waited for its
    // data while the file was parsed (measured: 10.8 s instead of 7.0 s for 900,000 rows).
    if (this.inFlight) await new Promise((resolve) => setImmediate(resolve));
    if (this.waiting.length > 0) await this.prepare();
    this.direct?.seal();
    this.staged.seal();
    for (let batch = this.direct?.takeReady(); batch; batch = this.direct?.takeReady()) await this.sendDirect(batch);
    for (let batch = this.staged.takeReady(); batch; batch = this.staged.takeReady()) await this.sendStaged(batch);
  }

  /** Sends what is left and waits until it is written. */
  async finish(): Promise<void> {
    if (this.waiting.length > 0) await this.prepare();
    for (let batch = this.direct?.takeAll(); batch; batch = this.direct?.takeAll()) await this.sendDirect(batch);
    for (let batch = this.staged.takeAll(); batch; batch = this.staged.takeAll()) await this.sendStaged(batch);
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
    this.alreadyPresent = comparison.alreadyPresent;
    return comparison.alreadyPresent;
  }

  /** Inserts the rows set aside that compare found new (compare must have run). */
  async insertStaged(): Promise<void> {
    if (!this.hasStaging) return;
    await this.options.beforeBatch?.(++this.writes);
    let outcome: { inserted: number; expected: number };
    try {
      outcome = await insertStagedObservations(this.options.client, await this.reservedImportId(), { staged: this.stagedRows, alreadyPresent: this.alreadyPresent });
    } catch (error) {
      throw asWriteError(error);
    }
    if (outcome.inserted !== outcome.expected) throw new ConcurrentWriteError();
    this.inserted += outcome.inserted;
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

  /**
   * Creates the new series, looks up the releases met, and reserves the import's id; then routes
   * the waiting rows again.
   */
  private async prepare(): Promise<void> {
    await this.settle();
    if (this.unsavedSeries.size > 0 && this.isWriting) {
      const ids = await ensureSeries(this.options.client, [...this.unsavedSeries.values()]);
      for (const [code, id] of ids) this.seriesIds.set(code, id);
      this.unsavedSeries.clear();
    }
    if (this.unknownReleases.size > 0) {
      const releases = [...this.unknownReleases.entries()];
      const isStored = await findStoredReleases(this.options.client, releases.map(([, release]) => release));
      releases.forEach(([key], i) => this.routes.set(key, isStored[i] ? Route.Staged : Route.Direct));
      this.unknownReleases.clear();
    }
    if (this.isWriting) this.direct ??= CopyBatchBuilder.forObservations(await this.reservedImportId(), this.options.batchSize);
    this.lastTally = null;
    const waiting = this.waiting;
    this.waiting = [];
    for (const { row, tally } of waiting) this.add(row, tally);
  }

  private async sendDirect(batch: CopyBatch): Promise<void> {
    await this.settle();
    await this.options.beforeBatch?.(++this.writes);
    this.start(batch, (count) => (this.inserted += count));
  }

  private async sendStaged(batch: CopyBatch): Promise<void> {
    await this.settle();
    if (!this.hasStaging) {
      await createObservationStaging(this.options.client);
      this.hasStaging = true;
    }
    this.start(batch, (count) => (this.stagedRows += count));
  }

  private start(batch: CopyBatch, onDone: (rows: number) => void): void {
    const inFlight = copyIn(this.options.client, batch).then(onDone, (error: unknown) => {
      throw asWriteError(error);
    });
    // Marked as handled now; its failure is rethrown where it is awaited (settle).
    inFlight.catch(() => undefined);
    this.inFlight = inFlight;
  }
}
