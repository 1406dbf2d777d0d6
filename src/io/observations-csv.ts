// Reads an observations CSV file (UTF-8, comma, header row) as a stream: batches of rows with their
// cells in the format's order, in bounded memory whatever the file's size. Every byte read is also
// handed to `onBytes`, so that the caller hashes the very bytes it validated or wrote.
import { createReadStream } from 'node:fs';
import { CsvFormatError } from './csv';
import { csvRecordBatches } from './csv-stream';
import { isBlankRow, mapHeader, rowCells, type ColumnMap, type RawObservationRow } from './observations-header';
import type { ReportProblem } from './observations-row';

// Parsed 64 KB at a time: a chunk's records die young; with 1 MB chunks the garbage collector took
// half the time. Read 1 MB at a time: reading 64 KB at a time took three times the CPU.
const CHUNK_BYTES = 1 << 16;
const READ_BYTES = 1 << 20;

async function* bytesOf(path: string, onBytes: (chunk: Uint8Array) => void): AsyncGenerator<Uint8Array> {
  for await (const read of createReadStream(path, { highWaterMark: READ_BYTES })) {
    const bytes = read as Buffer;
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
      const chunk = bytes.subarray(start, start + CHUNK_BYTES);
      onBytes(chunk);
      yield chunk;
    }
  }
}

/**
 * Yields the data rows of an observations CSV file. Problems of the file's shape (header, field
 * counts, quoting, encoding) are reported; after a header or quoting problem reading stops.
 */
export async function* readObservationCsv(
  path: string,
  onBytes: (chunk: Uint8Array) => void,
  report: ReportProblem,
): AsyncGenerator<RawObservationRow[]> {
  let columns: ColumnMap | null = null;
  let hasHeader = false;
  try {
    for await (const records of csvRecordBatches(bytesOf(path, onBytes))) {
      const rows: RawObservationRow[] = [];
      for (const { rowNumber, fields } of records) {
        if (!hasHeader) {
          hasHeader = true;
          columns = mapHeader(fields, report);
          if (!columns) return;
          continue;
        }
        if (isBlankRow(fields)) continue;
        const cells = rowCells(columns!, rowNumber, fields, report);
        if (cells) rows.push({ rowNumber, cells });
      }
      if (rows.length > 0) yield rows;
    }
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    report({ row: error.rowNumber, column: null, message: error.message.replace(/^row \d+: /, '') });
    return;
  }
  if (!hasHeader) report({ row: 1, column: null, message: 'the file is empty: a header row is expected' });
}
