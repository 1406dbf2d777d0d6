// The coordinator's work list of a plan's schedules: measures whose deadline the parser could not
// read (to be scheduled by hand) first, then those scheduled by hand, then those the parser read.
// Internal readers see it through the API; the command line (the server's operator) reads it as is.
import type pg from 'pg';
import { hasPermission, type Actor } from '../../core/access/actor';
import { SCHEDULE_STATUSES, type PlanSchedules, type ScheduleStatus } from '../../contracts/api/plan-schedules';
import { countPlanSchedules, findMeasureRef, listPlanCodes, listPlanSchedules, type MeasureRef } from '../../db/repositories/plan-schedules';
import { findPlanId } from '../../db/repositories/plans';
import { WorkflowError } from './workflow-error';

export async function getPlanSchedules(pool: pg.Pool, actor: Actor | null, planCode: string, query: { status?: ScheduleStatus | undefined } = {}): Promise<PlanSchedules> {
  if (!hasPermission(actor, 'plan.read_internal')) {
    throw new WorkflowError('forbidden', 'The schedules work list is for internal readers (viewer, reviewer, coordinator, admin).');
  }
  return readPlanSchedules(pool, planCode, query);
}

/** The work list without an actor: for the command line, run by whoever runs the server. */
export async function readPlanSchedules(pool: pg.Pool, planCode: string, query: { status?: ScheduleStatus | undefined } = {}): Promise<PlanSchedules> {
  const planId = await findPlanId(pool, planCode);
  if (planId === null) throw new WorkflowError('not_found', `There is no plan with the code "${planCode}".`);
  const [rows, counted] = await Promise.all([listPlanSchedules(pool, planId, query.status), countPlanSchedules(pool, planId)]);
  const counts = Object.fromEntries(SCHEDULE_STATUSES.map((status) => [status, 0])) as Record<ScheduleStatus, number>;
  for (const { status, count } of counted) counts[status] = count;
  const code = planCode.toUpperCase();
  return {
    planCode: code,
    counts,
    items: rows.map((row) => ({ ...row, planCode: code, updatedAt: row.updatedAt.toISOString() })),
    total: rows.length,
  };
}

/** Every plan's code, in the order plans were created. */
export function planCodes(pool: pg.Pool): Promise<string[]> {
  return listPlanCodes(pool);
}

/** The measure a command names: its number in the plan, or its id (checked against the plan when one is given). */
export async function findMeasureToSchedule(pool: pg.Pool, ref: { planCode?: string | undefined; number?: number; id?: number }): Promise<MeasureRef> {
  if (ref.id !== undefined) {
    const found = await findMeasureRef(pool, { id: ref.id });
    if (!found) throw new WorkflowError('not_found', `There is no measure with the id ${ref.id}.`);
    if (ref.planCode !== undefined && found.planCode !== ref.planCode.toUpperCase()) {
      throw new WorkflowError('not_found', `The measure with the id ${ref.id} is measure ${found.number} of ${found.planCode}, not of ${ref.planCode.toUpperCase()}.`);
    }
    return found;
  }
  if (ref.planCode === undefined || ref.number === undefined) throw new WorkflowError('invalid', 'Name the measure by its number and its plan, or by its id.');
  const planId = await findPlanId(pool, ref.planCode);
  if (planId === null) throw new WorkflowError('not_found', `There is no plan with the code "${ref.planCode}".`);
  const found = await findMeasureRef(pool, { planId, number: ref.number });
  if (!found) throw new WorkflowError('not_found', `The plan ${ref.planCode.toUpperCase()} has no measure number ${ref.number}.`);
  return found;
}
