// Maps the header row of an observations file (CSV or XLSX) to the format's columns, so that the
// columns may come in any order and extra columns (notes, say) are ignored.
import { OBSERVATION_COLUMNS, type ObservationProblem } from './observations-format';
import type { ReportProblem } from './observations-row';

/** A data row with its cells in the order of OBSERVATION_COLUMNS. */
export interface RawObservationRow {
  rowNumber: number;
  cells: string[];
}

export interface ColumnMap {
  /** Fields a data row must have (the header's width). */
  width: number;
  /** Position in the file of each format column, in the order of OBSERVATION_COLUMNS. */
  positions: number[];
  /** The file's columns are exactly the format's, in its order: rows can be used as they are. */
  isCanonical: boolean;
}

/** Reads the header; reports each missing or repeated column and returns null if any. */
export function mapHeader(fields: readonly string[], report: ReportProblem): ColumnMap | null {
  const names = fields.map((field) => field.trim().toLowerCase());
  const problems: ObservationProblem[] = [];
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (name !== '' && seen.has(name)) problems.push({ row: 1, column: null, message: `the header repeats the column "${name}"` });
    if (!seen.has(name)) seen.set(name, i);
  });
  const positions = OBSERVATION_COLUMNS.map((column) => {
    const position = seen.get(column);
    if (position === undefined) problems.push({ row: 1, column, message: `the header lacks the column "${column}"` });
    return position ?? -1;
  });
  problems.forEach(report);
  if (problems.length > 0) return null;
  const isCanonical = names.length === OBSERVATION_COLUMNS.length && positions.every((position, i) => position === i);
  return { width: names.length, positions, isCanonical };
}

/** True when every field is empty: such rows (often left by spreadsheet programs) are skipped. */
export function isBlankRow(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** The row's cells in the format's order, or null (reported) when it has the wrong number of fields. */
export function rowCells(map: ColumnMap, rowNumber: number, fields: string[], report: ReportProblem): string[] | null {
  if (fields.length !== map.width) {
    report({ row: rowNumber, column: null, message: `expected ${map.width} fields, as in the header, found ${fields.length}` });
    return null;
  }
  return map.isCanonical ? fields : map.positions.map((position) => fields[position]!);
}
