// The manual schedule form as data: rows of period and due date, checked before sending with the
// rules the server applies (period labels, real dates, no period twice), each problem tied to the
// row and field it is about so that the page can mark the input and move focus to it.
import { isIsoDate } from '../../../core/schedule/civil-date';
import { parsePeriodLabel } from '../../../core/schedule/period';

/** The most occurrences one request may carry (the API's limit). */
export const MAX_OCCURRENCES = 240;

export interface OccurrenceRow {
  /** Stable across edits, for React keys and input ids. */
  key: number;
  period: string;
  due: string;
}

export type RowProblemCode = 'dueMissing' | 'dueInvalid' | 'periodInvalid' | 'periodTwice';

export interface RowProblem {
  key: number;
  /** 1-based position of the row, as the page numbers it. */
  n: number;
  field: 'period' | 'due';
  code: RowProblemCode;
  period?: string;
}

export type FormCheck =
  | { ok: true; occurrences: Array<{ period?: string; due: string }> }
  | { ok: false; problems: RowProblem[]; formProblem: 'none' | 'tooMany' | null };

let nextKey = 1;

export function newRow(period = '', due = ''): OccurrenceRow {
  nextKey += 1;
  return { key: nextKey, period, due };
}

/** The rows a schedule starts the form with: its manual occurrences, else its live obligations, else one empty row. */
export function initialRows(schedule: {
  manualOccurrences: Array<{ period: string; due: string }> | null;
  obligations: Array<{ period: string; nominalDue: string; status: string }>;
}): OccurrenceRow[] {
  if (schedule.manualOccurrences && schedule.manualOccurrences.length > 0) return schedule.manualOccurrences.map((o) => newRow(o.period, o.due));
  const live = schedule.obligations.filter((o) => o.status !== 'cancelled');
  if (live.length > 0) return live.map((o) => newRow(o.period, o.nominalDue));
  return [newRow()];
}

export function checkRows(rows: readonly OccurrenceRow[]): FormCheck {
  if (rows.length === 0) return { ok: false, problems: [], formProblem: 'none' };
  if (rows.length > MAX_OCCURRENCES) return { ok: false, problems: [], formProblem: 'tooMany' };
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const n = index + 1;
    const period = row.period.trim();
    const due = row.due.trim();
    if (period !== '' && parsePeriodLabel(period) === null) problems.push({ key: row.key, n, field: 'period', code: 'periodInvalid' });
    if (due === '') problems.push({ key: row.key, n, field: 'due', code: 'dueMissing' });
    else if (!isIsoDate(due)) problems.push({ key: row.key, n, field: 'due', code: 'dueInvalid' });
    const effective = period || due;
    if (effective !== '' && seen.has(effective)) problems.push({ key: row.key, n, field: period ? 'period' : 'due', code: 'periodTwice', period: effective });
    seen.add(effective);
  });
  if (problems.length > 0) return { ok: false, problems, formProblem: null };
  return { ok: true, occurrences: rows.map((row) => (row.period.trim() ? { period: row.period.trim(), due: row.due.trim() } : { due: row.due.trim() })) };
}
