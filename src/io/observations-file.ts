// An observations file of either form, read as a stream of row batches (docs/observations-format.md).
import { extname } from 'node:path';
import { readObservationCsv } from './observations-csv';
import type { RawObservationRow } from './observations-header';
import type { ReportProblem } from './observations-row';
import { readObservationXlsx } from './observations-xlsx';

export type { RawObservationRow } from './observations-header';

export type ObservationFileFormat = 'csv' | 'xlsx';

/** .xlsx files are workbooks; anything else is read as CSV. */
export function observationFileFormat(fileName: string): ObservationFileFormat {
  return extname(fileName).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
}

/** The data rows of the file, their cells in the order of OBSERVATION_COLUMNS; file problems are reported. */
export function readObservationFile(
  path: string,
  format: ObservationFileFormat,
  onBytes: (chunk: Uint8Array) => void,
  report: ReportProblem,
): AsyncGenerator<RawObservationRow[]> {
  return format === 'xlsx' ? readObservationXlsx(path, onBytes, report) : readObservationCsv(path, onBytes, report);
}
