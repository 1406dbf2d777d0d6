// Sorting the multipliers table by any column. Products without a ratio (no employment or income)
// have null there and go last in both directions, where "n/a" does not pretend to be small or large.
import type { ProductMultipliers } from '../../../contracts/api/input-output';

export const sortableColumns = [
  'code',
  'outputMultiplier',
  'gvaMultiplier',
  'employmentMultiplier',
  'employmentTypeI',
  'employmentTypeII',
  'incomeTypeI',
  'incomeTypeII',
] as const;
export type SortColumn = (typeof sortableColumns)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

const codeCollator = new Intl.Collator('en', { numeric: true });

/** A new column starts descending for figures (largest multipliers first), ascending for codes. */
export function nextSort(current: SortState | null, column: SortColumn): SortState {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'code' ? 'ascending' : 'descending' };
}

export function sortMultipliers(rows: readonly ProductMultipliers[], sort: SortState | null): ProductMultipliers[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'code') return sign * codeCollator.compare(a.code, b.code);
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}
