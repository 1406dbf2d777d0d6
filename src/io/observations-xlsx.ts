// Reads the first worksheet of an observations XLSX workbook with exceljs's streaming reader, so a
// large workbook is never held in memory whole. The header is row 1, as in the CSV form.
//
// Spreadsheet programs turn typed text into numbers and dates: a number cell is read as the
// shortest text of the number (125.4), a date cell as YYYY-MM-DD in the release_date column and as
// YYYY-MM in the period column (typing 2023-01 into a cell gives 1 January 2023).
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { COLUMN } from './observations-format';
import { isBlankRow, mapHeader, rowCells, type ColumnMap, type RawObservationRow } from './observations-header';
import type { ReportProblem } from './observations-row';

const BATCH_ROWS = 1000;

function dateText(date: Date, position: number): string {
  const iso = date.toISOString();
  return position === COLUMN.period ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** The text of a cell as a person sees it; formulas give their cached result. */
export function xlsxCellText(value: unknown, position: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value, position);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown; formula?: unknown; sharedFormula?: unknown };
    if ('formula' in v || 'sharedFormula' in v) return xlsxCellText(v.result, position);
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if (v.text !== undefined) return xlsxCellText(v.text, position); // hyperlink
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}

/** Cells of a row (exceljs gives a 1-based sparse array) as `width` texts. */
function fieldsOf(values: unknown, width: number, positionOf: (i: number) => number): string[] {
  const cells = Array.isArray(values) ? values : [];
  const fields = new Array<string>(width);
  for (let i = 0; i < width; i++) fields[i] = xlsxCellText(cells[i + 1], positionOf(i));
  return fields;
}

/**
 * Yields the data rows of the first worksheet. Problems of the file's shape are reported; a file
 * that is not a workbook is one problem, and reading stops.
 */
export async function* readObservationXlsx(
  path: string,
  onBytes: (chunk: Uint8Array) => void,
  report: ReportProblem,
): AsyncGenerator<RawObservationRow[]> {
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk);
      done(null, chunk);
    },
  });
  const input = createReadStream(path, { highWaterMark: 1 << 20 }).pipe(hashing);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let isSheetFound = false;
  try {
    for await (const worksheet of workbook) {
      // Sheets arrive in the order of the archive; the first sheet is the workbook's first tab.
      const firstName = (workbook as unknown as { model?: { sheets?: { name?: string }[] } }).model?.sheets?.[0]?.name;
      const name = (worksheet as unknown as { name?: string }).name;
      // Other sheets are skipped but still read, so that every byte of the file is hashed.
      if (isSheetFound || (firstName !== undefined && name !== firstName)) continue;
      isSheetFound = true;
      yield* rowsOf(worksheet, report);
    }
  } catch (error) {
    report({ row: 1, column: null, message: `the file is not a readable XLSX workbook (${(error as Error).message})` });
    input.destroy();
    return;
  }
  if (!isSheetFound) report({ row: 1, column: null, message: 'the workbook has no worksheet' });
}

async function* rowsOf(worksheet: ExcelJS.stream.xlsx.WorksheetReader, report: ReportProblem): AsyncGenerator<RawObservationRow[]> {
  let columns: ColumnMap | null = null;
  /** For each column of the file, its column in the format (-1 for extra columns). */
  let formatColumnAt: number[] = [];
  let batch: RawObservationRow[] = [];
  for await (const row of worksheet) {
    const rowNumber = row.number;
    if (!columns) {
      if (rowNumber !== 1) {
        report({ row: 1, column: null, message: 'the header must be in row 1 of the first worksheet' });
        return;
      }
      const values = Array.isArray(row.values) ? row.values : [];
      columns = mapHeader(fieldsOf(values, Math.max(0, values.length - 1), () => -1), report);
      if (!columns) return;
      const map = columns;
      formatColumnAt = Array.from({ length: map.width }, (_, i) => map.positions.indexOf(i));
      continue;
    }
    const fields = fieldsOf(row.values, columns.width, (i) => formatColumnAt[i] ?? -1);
    if (isBlankRow(fields)) continue;
    const cells = rowCells(columns, rowNumber, fields, report);
    if (cells) batch.push({ rowNumber, cells });
    if (batch.length >= BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (!columns) report({ row: 1, column: null, message: 'the first worksheet is empty: a header row is expected' });
  if (batch.length > 0) yield batch;
}
