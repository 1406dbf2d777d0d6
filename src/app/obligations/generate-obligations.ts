// Turns measures' schedules into obligation rows, inside the caller's transaction. A diff against
// what exists (core/obligations/obligation-changes.ts) makes it idempotent: run twice, the second
// run changes nothing. Each created, moved, cancelled or restored obligation gets an audit entry.
import { planObligationChanges, type ObligationDates } from '../../core/obligations/obligation-changes';
import { deriveObligationStatus, derivePublicObligationStatus, type ObligationFacts } from '../../core/obligations/obligation-status';
import type { WorkingCalendar } from '../../core/schedule/working-calendar';
import { listMeasuresToSchedule, listPlansToSchedule, saveMeasureSchedule } from '../../db/repositories/measure-schedules';
import { existingObligationsOfPlan, insertObligation, obligationStatusFacts, updateObligation } from '../../db/repositories/obligations';
import type { Queryable } from '../../db/repositories/queryable';
import type { AuditEntry } from '../audit/append-audit';
import { loadWorkingCalendarFromDatabase } from './load-working-calendar';
import { resolveMeasureSchedule, type ResolvedSchedule } from './resolve-measure-schedule';

export interface GenerationCounts {
  measures: number;
  created: number;
  rescheduled: number;
  cancelled: number;
  restored: number;
  /** Measures by how they are scheduled: once, recurring, continuous, manual, needs_manual. */
  byScheduleKind: Record<ResolvedSchedule['kind'], number>;
}

export interface GenerationScope {
  asOf: string;
  actorId: number | null;
  planId?: number;
  measureId?: number;
  /** Given when the caller has it already (a holiday change); read from the database otherwise. */
  calendar?: WorkingCalendar;
}

const emptyCounts = (): GenerationCounts => ({
  measures: 0,
  created: 0,
  rescheduled: 0,
  cancelled: 0,
  restored: 0,
  byScheduleKind: { once: 0, recurring: 0, continuous: 0, manual: 0, needs_manual: 0 },
});

const datesOf = (d: ObligationDates) => ({ period: d.period, nominalDue: d.nominalDue, due: d.due, dueDateAssumed: d.dueDateAssumed });

export async function generateObligations(db: Queryable, scope: GenerationScope, audit: AuditEntry[]): Promise<GenerationCounts> {
  const counts = emptyCounts();
  const calendar = scope.calendar ?? (await loadWorkingCalendarFromDatabase(db));
  for (const plan of await listPlansToSchedule(db, scope.planId)) {
    const period = { fromYear: plan.periodStart, toYear: plan.periodEnd };
    const existingByMeasure = await existingObligationsOfPlan(db, plan.id);
    const facts = new Map((await obligationStatusFacts(db, { planId: plan.id })).map((f) => [f.id, f]));
    const statusOf = (id: number | null, dates: ObligationDates, isCancelled = false) => {
      const input: ObligationFacts = { due: dates.due, isCancelled, report: (id !== null ? facts.get(id)?.report : null) ?? null };
      return { status: deriveObligationStatus(input, scope.asOf), publicStatus: derivePublicObligationStatus(input, scope.asOf) };
    };
    for (const measure of await listMeasuresToSchedule(db, plan.id, scope.measureId)) {
      counts.measures += 1;
      const resolved = resolveMeasureSchedule(measure, period, calendar);
      counts.byScheduleKind[resolved.kind] += 1;
      if (resolved.write) {
        const saved = await saveMeasureSchedule(db, measure.id, resolved.write, scope.actorId);
        audit.push({
          action: resolved.write.status === 'parsed' ? 'measure_schedule.parsed' : 'measure_schedule.needs_manual',
          entityType: 'measure_schedule',
          entityId: measure.id,
          before: measure.schedule,
          after: saved,
        });
      }
      const changes = planObligationChanges(existingByMeasure.get(measure.id) ?? [], resolved.desired);
      for (const dates of changes.create) {
        const status = statusOf(null, dates);
        const id = await insertObligation(db, measure.id, dates, status.status, status.publicStatus);
        audit.push({ action: 'obligation.created', entityType: 'obligation', entityId: id, before: null, after: { measureId: measure.id, ...datesOf(dates), ...status } });
        counts.created += 1;
      }
      for (const { before, after } of [...changes.update, ...changes.restore]) {
        const status = statusOf(before.id, after);
        await updateObligation(db, before.id, { dates: after, isCancelled: false, ...status });
        audit.push({
          action: before.isCancelled ? 'obligation.restored' : 'obligation.rescheduled',
          entityType: 'obligation',
          entityId: before.id,
          before: { ...datesOf(before), isCancelled: before.isCancelled, status: before.status },
          after: { ...datesOf(after), isCancelled: false, ...status },
        });
        if (before.isCancelled) counts.restored += 1;
        else counts.rescheduled += 1;
      }
      for (const before of changes.cancel) {
        await updateObligation(db, before.id, { isCancelled: true, status: 'cancelled', publicStatus: 'cancelled' });
        audit.push({
          action: 'obligation.cancelled',
          entityType: 'obligation',
          entityId: before.id,
          before: { ...datesOf(before), isCancelled: false, status: before.status },
          after: { isCancelled: true, status: 'cancelled', reason: 'the schedule no longer yields this period' },
        });
        counts.cancelled += 1;
      }
    }
  }
  return counts;
}
