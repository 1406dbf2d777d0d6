// The one pass over a file of an import: reads it as a stream, checks every row, and hands each row
// that passes to `onRow` (the import writes it, or sets it aside to compare with the stored rows),
// awaiting `afterBatch` after each batch read so that writing keeps pace with reading. It keeps only
// small state: key fingerprints (key-set.ts), one tally per series, the release dates, counters and
// the first problems.
import { createHash } from 'node:crypto';
import type { StoredSeries } from '../../db/repositories/series';
import { readObservationFile, type ObservationFileFormat } from '../../io/observations-file';
import { observationKeyParts, type ObservationRow, type ObservationRowValidator } from '../../io/observations-row';
import { KeySet } from './key-set';
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
  series: Map<string, SeriesTally>;
  releaseDates: Set<string>;
  sha256: string;
}

export interface ValidationContext {
  validator: ObservationRowValidator;
  storedSeries: ReadonlyMap<string, StoredSeries>;
  problems: ProblemList;
  /** Each row without a problem of its own, with its series: called in the order of the file. */
  onRow: (row: ObservationRow, series: SeriesTally) => void;
  /** After each batch of rows read: the rows and bytes read so far. */
  afterBatch: (rows: number, bytes: number) => void | Promise<void>;
}

function describeUnit(unit: string, currency: string | null): string {
  return currency ? `"${unit}" (${currency})` : `"${unit}" (no currency)`;
}

export async function validateObservationFile(
  file: { path: string; format: ObservationFileFormat },
  context: ValidationContext,
): Promise<ValidationOutcome> {
  const { validator, storedSeries, problems } = context;
  const hash = createHash('sha256');
  const keys = new KeySet();
  const series = new Map<string, SeriesTally>();
  const releaseDates = new Set<string>();
  let rows = 0;
  let bytes = 0;

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

  const onBytes = (chunk: Uint8Array) => {
    hash.update(chunk);
    bytes += chunk.length;
  };
  for await (const batch of readObservationFile(file.path, file.format, onBytes, problems.add)) {
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
      if (entry) context.onRow(row, entry);
    }
    await context.afterBatch(rows, bytes);
  }
  return { rows, series, releaseDates, sha256: hash.digest('hex') };
}
