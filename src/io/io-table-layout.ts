// The file layout of an input-output table (docs/input-output.md), shared by the CSV and XLSX
// readers: both turn their file into a grid of cells, and this module turns the grid into an IoTable,
// naming the cell (row as a spreadsheet shows it, column by its header) of every problem it finds.
import { parseDecimal } from './csv';
import { checkIoTable, type IoTable, type IoTableCheckOptions, type IoTableIssue, type IoTableVector } from '../core/input-output';

export type GridCell = string | number | null;

export interface GridRow {
  /** 1-based row number as a spreadsheet shows it (the header is row 1 in both formats). */
  rowNumber: number;
  cells: GridCell[];
}

export interface IoTableGrid {
  header: GridRow;
  rows: GridRow[];
}

export interface IoTableFileProblem {
  /** Absent for problems of the table as a whole (e.g. productivity). */
  row?: number;
  column?: string;
  message: string;
}

/** Names of the columns after the flows, and the IoTable field each one fills. */
export const IO_TABLE_NAMED_COLUMNS: readonly (readonly [string, IoTableVector])[] = [
  ['household_consumption', 'householdConsumption'],
  ['other_final_demand', 'otherFinalDemand'],
  ['total_output', 'totalOutput'],
  ['gva', 'gva'],
  ['compensation', 'compensation'],
  ['employment', 'employment'],
];
/** Final uses may be left blank for zero, as statistical tables often do; the rest must be filled. */
const BLANK_IS_ZERO: ReadonlySet<IoTableVector> = new Set(['householdConsumption', 'otherFinalDemand']);
/** Issue kinds this module reports itself, in file terms, so the core's versions are dropped. */
const REPORTED_HERE: ReadonlySet<IoTableIssue['kind']> = new Set(['shape', 'not-finite', 'empty-code', 'repeated-code']);

export function formatProblem(problem: IoTableFileProblem): string {
  if (problem.row === undefined) return problem.message;
  return problem.column === undefined ? `row ${problem.row}: ${problem.message}` : `row ${problem.row}, column "${problem.column}": ${problem.message}`;
}

/** Spreadsheet letters of a 0-based column index (0 -> A, 26 -> AA), to point at unnamed columns. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let k = index + 1; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

function text(cell: GridCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * Builds the table and returns it with every problem found (an empty list means it is usable, apart
 * from the productivity test, which needs the inverse and is left to the caller).
 */
export function tableFromGrid(grid: IoTableGrid, options: IoTableCheckOptions = {}): { table: IoTable | null; problems: IoTableFileProblem[] } {
  const problems: IoTableFileProblem[] = [];
  const headerRow = grid.header.rowNumber;
  const header = grid.header.cells.map(text);
  const position = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') problems.push({ row: headerRow, column: columnLetter(index), message: 'the header cell is empty: every column needs a name' });
    else if (position.has(name)) problems.push({ row: headerRow, column: name, message: `the header repeats the column "${name}" (columns ${columnLetter(position.get(name)!)} and ${columnLetter(index)})` });
    else position.set(name, index);
  });
  const named = ['code', 'name', ...IO_TABLE_NAMED_COLUMNS.map(([name]) => name)];
  for (const name of named) {
    if (!position.has(name)) problems.push({ row: headerRow, message: `the header lacks the column "${name}"` });
  }
  const codeAt = position.get('code');
  const nameAt = position.get('name');
  if (codeAt === undefined || nameAt === undefined) return { table: null, problems };
  // Every column that is not one of the eight named ones holds flows to the product it is headed by.
  const productColumns = header.map((name, index) => ({ name, index })).filter(({ name }) => name !== '' && !named.includes(name));

  const rows = grid.rows.filter((row) => row.cells.some((cell) => text(cell) !== ''));
  const codes = rows.map((row) => text(row.cells[codeAt]));
  const firstRowOfCode = new Map<string, number>();
  rows.forEach((row, i) => {
    const code = codes[i]!;
    if (code === '') problems.push({ row: row.rowNumber, column: 'code', message: 'the product code is empty' });
    else if (firstRowOfCode.has(code)) problems.push({ row: row.rowNumber, column: 'code', message: `the code "${code}" repeats row ${firstRowOfCode.get(code)}` });
    else firstRowOfCode.set(code, row.rowNumber);
    const extra = row.cells.findIndex((cell, index) => index >= header.length && text(cell) !== '');
    if (extra >= 0) problems.push({ row: row.rowNumber, column: columnLetter(extra), message: 'a value stands in a column without a header' });
  });
  checkColumnsMatchRows(productColumns, rows, codes, firstRowOfCode, headerRow, problems);

  const cellNumber = (row: GridRow, index: number, column: string, blankIsZero: boolean): number => {
    const cell = row.cells[index];
    if (typeof cell === 'number') {
      if (Number.isFinite(cell)) return cell;
    } else {
      const raw = text(cell);
      if (raw === '' && blankIsZero) return 0;
      const value = raw === '' ? null : parseDecimal(raw);
      if (value !== null) return value;
    }
    const raw = text(cell);
    problems.push({ row: row.rowNumber, column, message: raw === '' ? 'the cell is empty: a number is needed' : `"${raw}" is not a number` });
    return Number.NaN;
  };
  const table: IoTable = {
    products: rows.map((row, i) => ({ code: codes[i]!, name: text(row.cells[nameAt]) })),
    flows: rows.map((row) => productColumns.map(({ name, index }) => cellNumber(row, index, name, true))),
    householdConsumption: [],
    otherFinalDemand: [],
    totalOutput: [],
    gva: [],
    compensation: [],
    employment: [],
  };
  for (const [column, field] of IO_TABLE_NAMED_COLUMNS) {
    const index = position.get(column);
    table[field] = index === undefined ? rows.map(() => Number.NaN) : rows.map((row) => cellNumber(row, index, column, BLANK_IS_ZERO.has(field)));
  }
  if (rows.length === 0) problems.push({ row: headerRow + 1, message: 'the table has no product rows' });

  for (const issue of checkIoTable(table, options)) {
    if (REPORTED_HERE.has(issue.kind)) continue;
    problems.push(locate(issue, rows, productColumns));
  }
  return { table: problems.length === 0 ? table : null, problems: sortProblems(problems, header) };
}

/** The flow columns must be headed by the rows' codes, in the rows' order: that makes Z square. */
function checkColumnsMatchRows(
  productColumns: { name: string; index: number }[],
  rows: GridRow[],
  codes: string[],
  firstRowOfCode: Map<string, number>,
  headerRow: number,
  problems: IoTableFileProblem[],
): void {
  if (productColumns.length !== rows.length) {
    problems.push({
      row: headerRow,
      message: `the flow matrix is not square: ${rows.length} product rows but ${productColumns.length} product columns (columns other than code, name and the six named ones)`,
    });
  }
  const columnNames = new Set(productColumns.map((c) => c.name));
  productColumns.forEach(({ name }, k) => {
    if (!firstRowOfCode.has(name)) problems.push({ row: headerRow, column: name, message: `"${name}" is not the code of any row (an unknown product code)` });
    else if (codes[k] !== undefined && codes[k] !== name) {
      problems.push({
        row: headerRow,
        column: name,
        message: `product column ${k + 1} is headed "${name}" but row ${rows[k]!.rowNumber} holds "${codes[k]}": flow columns must follow the rows' order`,
      });
    }
  });
  rows.forEach((row, i) => {
    const code = codes[i]!;
    if (code !== '' && firstRowOfCode.get(code) === row.rowNumber && !columnNames.has(code)) {
      problems.push({ row: row.rowNumber, column: 'code', message: `no flow column is headed "${code}"` });
    }
  });
}

function locate(issue: IoTableIssue, rows: GridRow[], productColumns: { name: string }[]): IoTableFileProblem {
  if (issue.product === undefined) {
    const column = issue.field === 'table' || issue.field === 'flows' ? undefined : snakeName(issue.field);
    return column === undefined ? { message: issue.message } : { column, message: issue.message };
  }
  const row = rows[issue.product]!.rowNumber;
  if (issue.field === 'flows') return { row, column: productColumns[issue.column ?? 0]?.name ?? '?', message: issue.message };
  return { row, column: issue.field === 'code' ? 'code' : snakeName(issue.field), message: issue.message };
}

function snakeName(field: IoTableVector | 'code' | 'flows' | 'table'): string {
  return IO_TABLE_NAMED_COLUMNS.find(([, f]) => f === field)?.[0] ?? field;
}

function sortProblems(problems: IoTableFileProblem[], header: string[]): IoTableFileProblem[] {
  const columnOrder = (column?: string): number => (column === undefined ? -1 : header.indexOf(column));
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort((a, b) => (a.problem.row ?? Infinity) - (b.problem.row ?? Infinity) || columnOrder(a.problem.column) - columnOrder(b.problem.column) || a.order - b.order)
    .map(({ problem }) => problem);
}
