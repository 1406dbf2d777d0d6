// The index calculator's CSV inputs (docs/calculator.md): monthly levels of one series, monthly
// levels of several branches, and branches' annual GVA weights. Every problem is reported with the
// row and column a person sees in a spreadsheet program.
import { CsvFormatError, type CsvRow, parseCsv, parseDecimal } from './csv';
import { type MonthIndex, StatsInputError, parseMonth } from '../core/stats';

export interface LevelRow {
  rowNumber: number;
  period: string;
  month: MonthIndex;
  level: number;
}

export interface BranchLevelRow extends LevelRow {
  branch: string;
}

export interface BranchWeightRow {
  rowNumber: number;
  branch: string;
  year: number;
  weight: number;
}

function readMonth(row: CsvRow): { period: string; month: MonthIndex } {
  const period = (row.values.period ?? '').trim();
  try {
    return { period, month: parseMonth(period) };
  } catch (error) {
    if (error instanceof StatsInputError) {
      throw new CsvFormatError(period === '' ? 'the period is empty; write it as YYYY-MM' : error.message, row.rowNumber, 'period');
    }
    throw error;
  }
}

function readPositive(row: CsvRow, column: string, what: string): number {
  const raw = row.values[column] ?? '';
  const value = parseDecimal(raw);
  if (value === null) throw new CsvFormatError(raw.trim() === '' ? `the ${what} is empty` : `"${raw}" is not a number`, row.rowNumber, column);
  if (!(value > 0)) throw new CsvFormatError(`the ${what} must be greater than zero, got ${raw.trim()}`, row.rowNumber, column);
  return value;
}

function readBranch(row: CsvRow): string {
  const branch = (row.values.branch ?? '').trim();
  if (branch === '') throw new CsvFormatError('the branch is empty', row.rowNumber, 'branch');
  return branch;
}

function noRows(rows: CsvRow[]): void {
  if (rows.length === 0) throw new CsvFormatError('the file has a header but no data rows', 1);
}

/** CSV `period,level`: one monthly index level per row, periods YYYY-MM, each period once. */
export function parseLevelsCsv(text: string): LevelRow[] {
  const table = parseCsv(text, { requiredColumns: ['period', 'level'] });
  noRows(table.rows);
  const seen = new Map<MonthIndex, number>();
  return table.rows.map((row) => {
    const { period, month } = readMonth(row);
    const level = readPositive(row, 'level', 'level');
    const earlier = seen.get(month);
    if (earlier !== undefined) throw new CsvFormatError(`${period} already appears in row ${earlier}`, row.rowNumber, 'period');
    seen.set(month, row.rowNumber);
    return { rowNumber: row.rowNumber, period, month, level };
  });
}

/** CSV `branch,period,level`: monthly index levels of several branches, each (branch, period) once. */
export function parseBranchLevelsCsv(text: string): BranchLevelRow[] {
  const table = parseCsv(text, { requiredColumns: ['branch', 'period', 'level'] });
  noRows(table.rows);
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const branch = readBranch(row);
    const { period, month } = readMonth(row);
    const level = readPositive(row, 'level', 'level');
    const key = `${branch}\u0000${month}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new CsvFormatError(`branch "${branch}" has ${period} already in row ${earlier}`, row.rowNumber, 'period');
    seen.set(key, row.rowNumber);
    return { rowNumber: row.rowNumber, branch, period, month, level };
  });
}

/** CSV `branch,year,weight`: a branch's GVA of a year at current prices, each (branch, year) once. */
export function parseBranchWeightsCsv(text: string): BranchWeightRow[] {
  const table = parseCsv(text, { requiredColumns: ['branch', 'year', 'weight'] });
  noRows(table.rows);
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const branch = readBranch(row);
    const rawYear = (row.values.year ?? '').trim();
    if (!/^\d{4}$/.test(rawYear)) throw new CsvFormatError(`"${rawYear}" is not a year written as YYYY`, row.rowNumber, 'year');
    const year = Number(rawYear);
    const weight = readPositive(row, 'weight', 'weight');
    const key = `${branch}\u0000${year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new CsvFormatError(`branch "${branch}" has ${year} already in row ${earlier}`, row.rowNumber, 'year');
    seen.set(key, row.rowNumber);
    return { rowNumber: row.rowNumber, branch, year, weight };
  });
}
