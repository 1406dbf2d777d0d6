// Loading a report for an actor: a report the actor may not see does not exist for them (404),
// so that an executor never learns of another organisation's draft. Changes lock the row.
import type { Actor } from '../../core/access/actor';
import { canViewReport } from '../../core/obligations/report-policy';
import type { ReportSubject } from '../../core/obligations/report-policy';
import type { Queryable } from '../../db/repositories/queryable';
import { findReport, type ReportRecord } from '../../db/repositories/reports';
import { WorkflowError } from '../obligations/workflow-error';

export async function loadVisibleReport(db: Queryable, actor: Actor | null, id: number, lock = false): Promise<ReportRecord> {
  const report = await findReport(db, id, lock);
  if (!report || !canViewReport(actor, report)) throw new WorkflowError('not_found', `There is no report with the id ${id}.`);
  return report;
}

/**
 * "Not you" (403): the rule is asked as if the report were in a state that allows the action, so
 * who may act is decided by core alone. Checked before the version and the state.
 */
export function requireActorAllowed(
  rule: (actor: Actor | null, report: ReportSubject) => boolean,
  actor: Actor | null,
  report: ReportRecord,
  allowedState: ReportRecord['state'],
  message: string,
): void {
  if (!rule(actor, { ...report, state: allowedState })) throw new WorkflowError('forbidden', message);
}

/** "Not now" (409): the actor may do this, but not in the report's current state. */
export function requireStateAllows(rule: (actor: Actor | null, report: ReportSubject) => boolean, actor: Actor | null, report: ReportRecord, message: string): void {
  if (!rule(actor, report)) throw new WorkflowError('conflict', message);
}
