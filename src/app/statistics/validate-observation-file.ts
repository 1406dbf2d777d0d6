// Pass 1 of an import: reads the whole file and finds every problem, writing nothing. It keeps only
// small state: key fingerprints (key-set.ts), one tally per series, the release dates, counters,
// the first problems, and one batch of rows being compared with what is stored.
import { createHash } from 'node:crypto';
import { emptyObservationColumns, findStoredValues, type ObservationColumns } from '../../db/repositories/observations';
import type { StoredSeries } from '../../db/repositories/series';
import type { Queryable } from '../../db/repositories/queryable';
import { readObservationFile, type ObservationFileFormat } from '../../io/observations-file';
import { observationKeyParts, type ObservationRow, type ObservationRowValidator } from '../../io/observations-row';
import { KeySet } from './key-set';
import { RowSet } from './row-set';
import type { ProblemList } from './problem-list';

export interface SeriesTally {
  code: string;
  unit: string;
  currency: string | null;
  rows: number;
  /** The row that fixed the unit and currency for this file. */
  firstRow: number;
  stored: StoredSeries | null;
}

export interface ValidationOutcome {
  rows: number;
  /** Rows identical to stored ones (same key, release date and value): pass 2 skips them. */
  alreadyPresent: RowSet;
  series: Map<string, SeriesTally>;
  releaseDates: Set<string>;
  sha256: string;
}

export interface ValidationContext {
  validator: ObservationRowValidator;
  storedSeries: ReadonlyMap<string, StoredSeries>;
  problems: ProblemList;
  batchSize: number;
  onRows?: (rows: number) => void;
}

function describeUnit(unit: string, currency: string | null): string {
  return currency ? `"${unit}" (${currency})` : `"${unit}" (no currency)`;
}

export async function validateObservationFile(
  db: Queryable,
  file: { path: string; format: ObservationFileFormat },
  context: ValidationContext,
): Promise<ValidationOutcome> {
  const { validator, storedSeries, problems } = context;
  const hash = createHash('sha256');
  const keys = new KeySet();
  const series = new Map<string, SeriesTally>();
  const releaseDates = new Set<string>();
  const alreadyPresent = new RowSet();
  let rows = 0;
  let pending: ObservationColumns = emptyObservationColumns();

  // Rows of series that already have data are compared with the stored rows, a batch at a time;
  // the next batch is parsed while the database looks one up.
  let inFlight: Promise<void> | null = null;
  const comparePending = async () => {
    if (inFlight) await inFlight;
    inFlight = null;
    if (pending.rowNumbers.length === 0) return;
    inFlight = findStoredValues(db, pending).then((matches) => {
      for (const match of matches) {
        if (match.isSame) alreadyPresent.add(match.rowNumber);
        else problems.add({ row: match.rowNumber, column: 'value', message: `a value for this key and release date is already stored: ${match.storedValue}` });
      }
    });
    inFlight.catch(() => undefined); // handled where it is awaited
    pending = emptyObservationColumns();
  };

  let lastTally: SeriesTally | null = null;
  const tally = (row: ObservationRow): SeriesTally | null => {
    // Files come series by series: the previous row's series is checked first, without hashing.
    if (lastTally && lastTally.code === row.series && lastTally.unit === row.unit && lastTally.currency === row.currency) {
      lastTally.rows++;
      return lastTally;
    }
    let entry = series.get(row.series);
    if (!entry) {
      const stored = storedSeries.get(row.series) ?? null;
      if (stored && (stored.unit !== row.unit || stored.currency !== row.currency)) {
        problems.add({
          row: row.rowNumber,
          column: stored.unit !== row.unit ? 'unit' : 'currency',
          message: `the series ${row.series} is stored in ${describeUnit(stored.unit, stored.currency)}; this row says ${describeUnit(row.unit, row.currency)}`,
        });
        return null;
      }
      entry = { code: row.series, unit: row.unit, currency: row.currency, rows: 0, firstRow: row.rowNumber, stored };
      series.set(row.series, entry);
    } else if (entry.unit !== row.unit || entry.currency !== row.currency) {
      problems.add({
        row: row.rowNumber,
        column: entry.unit !== row.unit ? 'unit' : 'currency',
        message: `the series ${row.series} is in ${describeUnit(entry.unit, entry.currency)} in row ${entry.firstRow}; this row says ${describeUnit(row.unit, row.currency)}: one series has one unit`,
      });
      return null;
    }
    entry.rows++;
    lastTally = entry;
    return entry;
  };
  const keyParts: string[] = [];
  let lastReleaseDate = '';

  for await (const batch of readObservationFile(file.path, file.format, (chunk) => hash.update(chunk), problems.add)) {
    for (const { rowNumber, cells } of batch) {
      rows++;
      const row = validator(rowNumber, cells, problems.add);
      if (!row) continue;
      const entry = tally(row);
      const earlier = keys.add(observationKeyParts(row, keyParts), rowNumber);
      if (earlier !== null) {
        problems.add({ row: rowNumber, column: null, message: `repeats row ${earlier}: the same series, branch, region, period, price basis and release date` });
        continue;
      }
      if (row.releaseDate !== lastReleaseDate) {
        lastReleaseDate = row.releaseDate;
        releaseDates.add(lastReleaseDate);
      }
      if (entry?.stored?.hasObservations) {
        pending.rowNumbers.push(rowNumber);
        pending.seriesIds.push(entry.stored.id);
        pending.branches.push(row.branch);
        pending.regions.push(row.region);
        pending.periods.push(row.period);
        pending.priceBases.push(row.priceBasis);
        pending.releaseDates.push(row.releaseDate);
        pending.values.push(row.value);
        if (pending.rowNumbers.length >= context.batchSize) await comparePending();
      }
    }
    context.onRows?.(rows);
  }
  await comparePending();
  await comparePending(); // waits for the last look-up
  return { rows, alreadyPresent, series, releaseDates, sha256: hash.digest('hex') };
}
