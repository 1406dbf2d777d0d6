// Decides the occurrences of one measure: its manual schedule when a coordinator set one, else the
// parser's reading of its deadline text (read afresh every time, so that parser improvements and
// edited texts take effect; the stored row is rewritten only when the reading changes).
import { canonicalJson, type JsonValue } from '../../core/obligations/audit-chain';
import { manualObligationDates, type ObligationDates } from '../../core/obligations/obligation-changes';
import { expandSchedule, type PlanPeriod } from '../../core/schedule/expand-schedule';
import { parseDeadline } from '../../core/schedule/parse-deadline';
import type { ScheduleKind } from '../../core/schedule/schedule';
import { moveToWorkingDays, type WorkingCalendar } from '../../core/schedule/working-calendar';
import type { MeasureToSchedule, ScheduleWrite } from '../../db/repositories/measure-schedules';

export interface ResolvedSchedule {
  kind: ScheduleKind | 'manual' | 'needs_manual';
  desired: ObligationDates[];
  /** The schedule row to save, when it differs from the stored one. */
  write: ScheduleWrite | null;
}

function readingOf(write: ScheduleWrite | MeasureToSchedule['schedule']): string {
  if (!write) return '';
  const { status, deadlineText, schedule, notes, reason, message } = write;
  return canonicalJson({ status, deadlineText, schedule, notes, reason, message } as unknown as JsonValue);
}

export function resolveMeasureSchedule(measure: MeasureToSchedule, plan: PlanPeriod, calendar: WorkingCalendar): ResolvedSchedule {
  const stored = measure.schedule;
  if (stored?.status === 'manual') {
    return { kind: 'manual', desired: manualObligationDates(stored.manualOccurrences ?? [], calendar), write: null };
  }
  const parsed = parseDeadline(measure.deadlineText);
  const write: ScheduleWrite =
    parsed.status === 'recognised'
      ? { status: 'parsed', deadlineText: measure.deadlineText, schedule: parsed.schedule, notes: parsed.notes, reason: null, message: null, manualOccurrences: null, manualNote: null }
      : { status: 'needs_manual', deadlineText: measure.deadlineText, schedule: null, notes: [], reason: parsed.reason, message: parsed.message, manualOccurrences: null, manualNote: null };
  const changed = readingOf(write) !== readingOf(stored);
  if (parsed.status === 'unrecognised') return { kind: 'needs_manual', desired: [], write: changed ? write : null };
  const occurrences = moveToWorkingDays(expandSchedule(parsed.schedule, plan), calendar);
  return {
    kind: parsed.schedule.kind,
    desired: occurrences.map((o) => ({ period: o.period, nominalDue: o.dueAsWritten, due: o.due, dueDateAssumed: o.dueDateAssumed })),
    write: changed ? write : null,
  };
}
