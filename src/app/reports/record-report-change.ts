// The common end of every report use case, inside its transaction: the history event with the
// report as it now is, the obligation's status brought up to date, the audit rows (last, so the
// chain head is locked only briefly), and the report as the actor now sees it.
import type { Actor } from '../../core/access/actor';
import type { Report } from '../../contracts/api/reports';
import { listEvidence } from '../../db/repositories/evidence';
import type { Queryable } from '../../db/repositories/queryable';
import { findReport, insertReportEvent, listReportEvents, type ReportRecord } from '../../db/repositories/reports';
import { appendAudit, type AuditEntry } from '../audit/append-audit';
import { kazakhstanToday } from '../obligations/kazakhstan-date';
import { refreshObligationStatus } from '../obligations/refresh-obligation-statuses';
import { presentReport } from './present-report';
import { snapshotOf, type ReportSnapshot } from './report-snapshot';

export type ReportEventAction = 'created' | 'updated' | 'contribution_saved' | 'evidence_added' | 'evidence_removed' | 'submitted' | 'returned' | 'accepted';

export interface ReportChange {
  action: ReportEventAction;
  comment?: string | null;
  /** The snapshot before the change; null for a new report. */
  before: ReportSnapshot | null;
  /** Extra audit rows of the same change (e.g. the evidence row added). */
  audit?: AuditEntry[];
}

export async function snapshotReport(db: Queryable, report: ReportRecord): Promise<ReportSnapshot> {
  return snapshotOf(report, await listEvidence(db, report.id));
}

/** Records the change without presenting (bulk accept presents summaries itself). */
export async function recordReportEvent(db: Queryable, actor: Actor, reportId: number, change: ReportChange, audit: AuditEntry[]): Promise<void> {
  const report = (await findReport(db, reportId))!;
  const after = await snapshotReport(db, report);
  const comment = change.comment ?? null;
  await insertReportEvent(db, reportId, actor.userId, change.action, comment, after);
  audit.push({ action: `report.${change.action}`, entityType: 'report', entityId: reportId, before: change.before, after: comment ? { ...after, comment } : after });
  audit.push(...(change.audit ?? []));
  await refreshObligationStatus(db, report.obligationId, kazakhstanToday(), audit);
}

export async function recordReportChange(db: Queryable, actor: Actor, reportId: number, change: ReportChange): Promise<Report> {
  const audit: AuditEntry[] = [];
  await recordReportEvent(db, actor, reportId, change, audit);
  await appendAudit(db, actor.userId, audit);
  const report = (await findReport(db, reportId))!;
  return presentReport(actor, report, await listEvidence(db, reportId), await listReportEvents(db, reportId));
}
