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

/** `isOperator`: the command line, which sees internal statuses without being a user. */
async function present(db: Queryable, actor: Actor | null, schedule: MeasureScheduleRecord, isOperator = false): Promise<MeasureScheduleView> {
  const viewer = { canReadInternal: isOperator || hasPermission(actor, 'plan.read_internal'), organizationId: actor?.organizationId ?? null };
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
    obligations: items.map((o) => (isOperator ? { ...presentObligation(actor, o), status: o.status } : presentObligation(actor, o))),
  };
}

export async function getMeasureSchedule(pool: pg.Pool, actor: Actor | null, measureId: number): Promise<MeasureScheduleView> {
  const schedule = await findMeasureSchedule(pool, measureId);
  if (!schedule) throw new WorkflowError('not_found', `There is no measure with the id ${measureId}, or its obligations are not generated yet.`);
  return present(pool, actor, schedule);
}

export interface ManualScheduleRequest {
  occurrences: ReadonlyArray<{ due: string; period?: string | undefined }>;
  note?: string | undefined;
}

export async function setManualSchedule(pool: pg.Pool, actor: Actor, measureId: number, request: ManualScheduleRequest, expectedVersion: number | null): Promise<MeasureScheduleView> {
  if (!hasPermission(actor, 'plan.edit')) throw new WorkflowError('forbidden', 'Setting a schedule by hand needs the coordinator or admin role.');
  return saveManualSchedule(pool, { actorId: actor.userId, actor }, measureId, request, expectedVersion);
}

/**
 * The same change from the server's command line (`zhospar schedule set`). Like every change made
 * there (`zhospar obligations refresh`, `zhospar db seed`), the audit trail records it as the
 * system: no user id. `expectedVersion` null means the version current when the change is made.
 */
export async function setManualScheduleFromCommandLine(pool: pg.Pool, measureId: number, request: ManualScheduleRequest, expectedVersion: number | null): Promise<MeasureScheduleView> {
  return saveManualSchedule(pool, { actorId: null, actor: null }, measureId, request, expectedVersion ?? 'current');
}

async function saveManualSchedule(
  pool: pg.Pool,
  by: { actorId: number | null; actor: Actor | null },
  measureId: number,
  request: ManualScheduleRequest,
  expectedVersion: number | null | 'current',
): Promise<MeasureScheduleView> {
  const occurrences: ManualOccurrence[] = request.occurrences.map((o) => ({ period: o.period ?? o.due, due: o.due })).sort((a, b) => a.due.localeCompare(b.due));
  const problems = checkManualOccurrences(occurrences);
  if (problems.length) throw new WorkflowError('invalid', `The schedule cannot be saved: ${problems.join('; ')}.`);
  return withTransaction(pool, async (client) => {
    const before = await findMeasureSchedule(client, measureId, true);
    if (!before) throw new WorkflowError('not_found', `There is no measure with the id ${measureId}, or its obligations are not generated yet.`);
    checkVersion('schedule', before.version, expectedVersion === 'current' ? before.version : expectedVersion);
    const after = await saveMeasureSchedule(
      client,
      measureId,
      { ...before, status: 'manual', manualOccurrences: occurrences, manualNote: request.note ?? null, reason: null, message: null },
      by.actorId,
    );
    const audit: AuditEntry[] = [{ action: 'measure_schedule.manual_set', entityType: 'measure_schedule', entityId: measureId, before, after }];
    const planId = (await planIdOfMeasure(client, measureId))!;
    await generateObligations(client, { asOf: kazakhstanToday(), actorId: by.actorId, planId, measureId }, audit);
    await appendAudit(client, by.actorId, audit);
    return present(client, by.actor, after, by.actor === null);
  });
}
