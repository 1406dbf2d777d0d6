// Imports an input-output table from CSV or XLSX (layout: docs/input-output.md). Every problem of the
// file is collected and reported at once, each naming its cell, and the table is only returned once
// it has also passed the productivity test, with the model built for that test, so callers never
// compute the inverses twice.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { buildIoModel, NonProductiveTableError, type IoModel, type IoModelOptions, type IoTable } from '../core/input-output';
import { csvRecords, CsvFormatError } from './csv';
import { formatProblem, tableFromGrid, type GridRow, type IoTableFileProblem, type IoTableGrid } from './io-table-layout';
import { gridFromXlsx, XlsxReadError } from './io-table-xlsx';

export { formatProblem, IO_TABLE_NAMED_COLUMNS, type IoTableFileProblem } from './io-table-layout';

export type IoTableFileOptions = IoModelOptions;

export interface ImportedIoTable {
  table: IoTable;
  model: IoModel;
}

export class IoTableValidationError extends Error {
  constructor(readonly problems: readonly IoTableFileProblem[]) {
    super(
      `the input-output table has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `- ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'IoTableValidationError';
  }
}

export function parseIoTableCsv(text: string, options: IoTableFileOptions = {}): ImportedIoTable {
  return importGrid(gridFromCsv(text), options);
}

export async function parseIoTableXlsx(content: ArrayBuffer | Uint8Array, options: IoTableFileOptions = {}): Promise<ImportedIoTable> {
  let grid: IoTableGrid;
  try {
    grid = await gridFromXlsx(content);
  } catch (error) {
    if (error instanceof XlsxReadError) throw new IoTableValidationError([{ message: error.message }]);
    throw error;
  }
  return importGrid(grid, options);
}

/** Reads FILE by its extension: .xlsx as a workbook, anything else as CSV (UTF-8). */
export async function readIoTableFile(path: string, options: IoTableFileOptions = {}): Promise<ImportedIoTable> {
  if (extname(path).toLowerCase() === '.xlsx') return parseIoTableXlsx(await readFile(path), options);
  return parseIoTableCsv(await readFile(path, 'utf8'), options);
}

/**
 * The shared CSV tokenizer rather than parseCsv: parseCsv stops at the first repeated header name
 * or short row, while an importer should list every problem of the file in one pass.
 */
function gridFromCsv(text: string): IoTableGrid {
  const rows: GridRow[] = [];
  try {
    for (const { rowNumber, fields } of csvRecords(text)) rows.push({ rowNumber, cells: fields });
  } catch (error) {
    if (error instanceof CsvFormatError) throw new IoTableValidationError([{ row: error.rowNumber, message: 'a quoted field is not closed' }]);
    throw error;
  }
  const [header, ...rest] = rows;
  if (!header) throw new IoTableValidationError([{ row: 1, message: 'the file is empty: a header row is expected' }]);
  if (header.cells.length === 1 && String(header.cells[0]).includes(';')) {
    // Spreadsheet programs in Russian and Kazakh locales save "CSV" with semicolons.
    throw new IoTableValidationError([{ row: header.rowNumber, message: 'the header has no commas but has semicolons: save the file as CSV with comma separators' }]);
  }
  return { header, rows: rest };
}

function importGrid(grid: IoTableGrid, options: IoTableFileOptions): ImportedIoTable {
  const { table, problems } = tableFromGrid(grid, options);
  if (!table) throw new IoTableValidationError(problems);
  try {
    return { table, model: buildIoModel(table, options) };
  } catch (error) {
    if (error instanceof NonProductiveTableError) throw new IoTableValidationError([{ message: error.message }]);
    throw error;
  }
}
