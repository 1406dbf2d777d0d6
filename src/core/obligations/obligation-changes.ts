// Generation of obligations from a measure's schedule is a diff, so that running it again changes
// nothing and a changed schedule or holiday calendar touches only what it must:
// - a period the schedule yields and the database lacks is created;
// - a period both have gets the schedule's dates, unless the obligation is already completed
//   (its record is settled) and a cancelled one comes back;
// - a period the schedule no longer yields is cancelled (never deleted: reports may hang on it),
//   unless it is completed.
import { nextWorkingDay, type WorkingCalendar } from '../schedule/working-calendar';
import { isSettled, type ObligationStatus } from './obligation-status';

export interface ObligationDates {
  period: string;
  /** The due date the deadline text (or the manual schedule) gives. */
  nominalDue: string;
  /** nominalDue moved to the next working day when it falls on a day off. */
  due: string;
  dueDateAssumed: boolean;
}

export interface ExistingObligation extends ObligationDates {
  id: number;
  isCancelled: boolean;
  status: ObligationStatus;
}

export interface ObligationChanges {
  create: ObligationDates[];
  update: Array<{ before: ExistingObligation; after: ObligationDates }>;
  restore: Array<{ before: ExistingObligation; after: ObligationDates }>;
  cancel: ExistingObligation[];
}

const sameDates = (a: ObligationDates, b: ObligationDates) =>
  a.nominalDue === b.nominalDue && a.due === b.due && a.dueDateAssumed === b.dueDateAssumed;

export function planObligationChanges(existing: readonly ExistingObligation[], desired: readonly ObligationDates[]): ObligationChanges {
  const byPeriod = new Map(existing.map((o) => [o.period, o]));
  const wanted = new Set(desired.map((d) => d.period));
  const changes: ObligationChanges = { create: [], update: [], restore: [], cancel: [] };
  for (const after of desired) {
    const before = byPeriod.get(after.period);
    if (!before) changes.create.push(after);
    else if (before.isCancelled) changes.restore.push({ before, after });
    else if (!isSettled(before.status) && !sameDates(before, after)) changes.update.push({ before, after });
  }
  for (const o of existing) {
    if (!wanted.has(o.period) && !o.isCancelled && !isSettled(o.status)) changes.cancel.push(o);
  }
  return changes;
}

export function hasChanges(changes: ObligationChanges): boolean {
  return changes.create.length + changes.update.length + changes.restore.length + changes.cancel.length > 0;
}

/** Occurrences a coordinator set by hand; due dates move to working days like parsed ones. */
export function manualObligationDates(
  occurrences: ReadonlyArray<{ period: string; due: string }>,
  calendar: WorkingCalendar,
): ObligationDates[] {
  return occurrences.map((o) => ({ period: o.period, nominalDue: o.due, due: nextWorkingDay(o.due, calendar), dueDateAssumed: false }));
}

/** Problems with a manual schedule, as sentences; empty when it can be saved. */
export function checkManualOccurrences(occurrences: ReadonlyArray<{ period: string; due: string }>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const o of occurrences) {
    if (seen.has(o.period)) problems.push(`the period ${o.period} is given twice`);
    seen.add(o.period);
  }
  return problems;
}
