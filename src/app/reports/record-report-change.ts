// The common end of every report use case, inside its transaction: the history event with the
// report as it now is, the obligation's status brought up to date, the audit rows (last, so the
// chain head is locked only briefly), and the report as the actor now sees it. The report is read
// once after the change; the event and the status refresh are applied to that reading rather than
// read again, because every query here adds to the time a busy reporting day waits.
import type { Actor } from '../../core/access/actor';
import { AUTHORING_EVENTS } from '../../core/obligations/report-policy';
import type { Report } from '../../contracts/api/reports';
import { listEvidence, type EvidenceRecord } from '../../db/repositories/evidence';
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

/** Records the change; returns the report as it now is (for presenting) and its evidence. */
export async function recordReportEvent(
  db: Queryable,
  actor: Actor,
  reportId: number,
  change: ReportChange,
  audit: AuditEntry[],
): Promise<{ report: ReportRecord; evidence: EvidenceRecord[] }> {
  const report = (await findReport(db, reportId))!;
  const evidence = await listEvidence(db, reportId);
  const after = snapshotOf(report, evidence);
  const comment = change.comment ?? null;
  await insertReportEvent(db, reportId, actor.userId, change.action, comment, after);
  audit.push({ action: `report.${change.action}`, entityType: 'report', entityId: reportId, before: change.before, after: comment ? { ...after, comment } : after });
  audit.push(...(change.audit ?? []));
  const statuses = await refreshObligationStatus(db, report.obligationId, kazakhstanToday(), audit);
  const isAuthoring = (AUTHORING_EVENTS as readonly string[]).includes(change.action);
  return {
    report: {
      ...report,
      authorUserIds: isAuthoring && !report.authorUserIds.includes(actor.userId) ? [...report.authorUserIds, actor.userId] : report.authorUserIds,
      obligation: statuses ? { ...report.obligation, ...statuses } : report.obligation,
    },
    evidence,
  };
}

export async function recordReportChange(db: Queryable, actor: Actor, reportId: number, change: ReportChange): Promise<Report> {
  const audit: AuditEntry[] = [];
  const { report, evidence } = await recordReportEvent(db, actor, reportId, change, audit);
  const presented = presentReport(actor, report, evidence, await listReportEvents(db, reportId));
  // Last: from here to the commit the audit chain head is locked for every other writer.
  await appendAudit(db, actor.userId, audit);
  return presented;
}
