// A measure's schedule: how its deadline was read and its obligations; and the coordinator's
// manual schedule for a deadline the parser could not read (or read wrongly).
import type pg from 'pg';
import { hasPermission, type Actor } from '../../core/access/actor';
import { checkManualOccurrences } from '../../core/obligations/obligation-changes';
import { describeSchedule } from '../../core/schedule/describe-schedule';
import type { z } from 'zod';
import type { measureScheduleSchema } from '../../contracts/api/obligations';
import { findMeasureSchedule, planIdOfMeasure, saveMeasureSchedule, type ManualOccurrence, type MeasureScheduleRecord } from '../../db/repositories/measure-schedules';
import { listObligations } from '../../db/repositories/obligations';
import type { Queryable } from '../../db/repositories/queryable';
import { withTransaction } from '../../db/transaction';
import { appendAudit, type AuditEntry } from '../audit/append-audit';
import { generateObligations } from './generate-obligations';
import { kazakhstanToday } from './kazakhstan-date';
import { presentObligation } from './present-obligation';
import { checkVersion, WorkflowError } from './workflow-error';

export type MeasureScheduleView = z.infer<typeof measureScheduleSchema>;

async function present(db: Queryable, actor: Actor | null, schedule: MeasureScheduleRecord): Promise<MeasureScheduleView> {
  const viewer = { canReadInternal: hasPermission(actor, 'plan.read_internal'), organizationId: actor?.organizationId ?? null };
  const { items } = await listObligations(db, { measureId: schedule.measureId, viewer, limit: 500, offset: 0 });
  return {
    measureId: schedule.measureId,
    status: schedule.status,
    deadlineText: schedule.deadlineText,
    description: schedule.schedule ? describeSchedule(schedule.schedule) : null,
    notes: schedule.notes,
    reason: schedule.reason,
    message: schedule.message,
    manualOccurrences: schedule.manualOccurrences,
    manualNote: schedule.manualNote,
    version: schedule.version,
    obligations: items.map((o) => presentObligation(actor, o)),
  };
}

export async function getMeasureSchedule(pool: pg.Pool, actor: Actor | null, measureId: number): Promise<MeasureScheduleView> {
  const schedule = await findMeasureSchedule(pool, measureId);
  if (!schedule) throw new WorkflowError('not_found', `There is no measure with the id ${measureId}, or its obligations are not generated yet.`);
  return present(pool, actor, schedule);
}

export async function setManualSchedule(
  pool: pg.Pool,
  actor: Actor,
  measureId: number,
  request: { occurrences: ReadonlyArray<{ due: string; period?: string | undefined }>; note?: string | undefined },
  expectedVersion: number | null,
): Promise<MeasureScheduleView> {
  if (!hasPermission(actor, 'plan.edit')) throw new WorkflowError('forbidden', 'Setting a schedule by hand needs the coordinator or admin role.');
  const occurrences: ManualOccurrence[] = request.occurrences.map((o) => ({ period: o.period ?? o.due, due: o.due })).sort((a, b) => a.due.localeCompare(b.due));
  const problems = checkManualOccurrences(occurrences);
  if (problems.length) throw new WorkflowError('invalid', `The schedule cannot be saved: ${problems.join('; ')}.`);
  return withTransaction(pool, async (client) => {
    const before = await findMeasureSchedule(client, measureId, true);
    if (!before) throw new WorkflowError('not_found', `There is no measure with the id ${measureId}, or its obligations are not generated yet.`);
    checkVersion('schedule', before.version, expectedVersion);
    const after = await saveMeasureSchedule(
      client,
      measureId,
      { ...before, status: 'manual', manualOccurrences: occurrences, manualNote: request.note ?? null, reason: null, message: null },
      actor.userId,
    );
    const audit: AuditEntry[] = [{ action: 'measure_schedule.manual_set', entityType: 'measure_schedule', entityId: measureId, before, after }];
    const planId = (await planIdOfMeasure(client, measureId))!;
    await generateObligations(client, { asOf: kazakhstanToday(), actorId: actor.userId, planId, measureId }, audit);
    await appendAudit(client, actor.userId, audit);
    return present(client, actor, after);
  });
}
