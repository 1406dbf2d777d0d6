// Reads the first worksheet of an XLSX workbook into the grid that io-table-layout.ts understands.
// Spreadsheets hold numbers as numbers, so they skip decimal parsing; formulas contribute their
// cached result (exceljs does not compute formulas, so a never-calculated sheet shows as empty).
import ExcelJS from 'exceljs';
import type { GridCell, GridRow, IoTableGrid } from './io-table-layout';

export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

export async function gridFromXlsx(content: ArrayBuffer | Uint8Array): Promise<IoTableGrid> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer or Uint8Array is what it reads at run time.
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxReadError(`the file is not a readable XLSX workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new XlsxReadError('the workbook has no worksheet');
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[]; // 1-based, sparse: index 0 is always empty
    const cells: GridCell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellValue(values[c]));
    rows.push({ rowNumber, cells });
  });
  const [first, ...rest] = rows;
  if (!first || first.rowNumber !== 1) throw new XlsxReadError(`the first worksheet ("${sheet.name}") must have its header in row 1`);
  return { header: first, rows: rest };
}

function cellValue(value: unknown): GridCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown; formula?: unknown; sharedFormula?: unknown };
    if ('formula' in v || 'sharedFormula' in v) return cellValue(v.result);
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if (v.text !== undefined) return cellValue(v.text); // hyperlink
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}
