// A reviewer (or coordinator, or admin) accepts a submitted report or returns it with a comment.
// Accept can take several reports at once: all are accepted, or none (each refusal is named).
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { canReviewReport } from '../../core/obligations/report-policy';
import type { Report, ReportSummary } from '../../contracts/api/reports';
import type { Queryable } from '../../db/repositories/queryable';
import { markReportReviewed } from '../../db/repositories/reports';
import { withTransaction } from '../../db/transaction';
import { appendAudit, type AuditEntry } from '../audit/append-audit';
import { checkVersion, WorkflowError } from '../obligations/workflow-error';
import { presentReportSummary } from './present-report';
import { recordReportChange, recordReportEvent, snapshotReport, type ReportChange } from './record-report-change';
import { loadVisibleReport, requireActorAllowed, requireStateAllows } from './report-access';

export type ReviewDecision = 'accepted' | 'returned';

async function applyReview(
  db: Queryable,
  actor: Actor,
  id: number,
  decision: ReviewDecision,
  comment: string | null,
  expectedVersion: number | null,
): Promise<ReportChange> {
  const report = await loadVisibleReport(db, actor, id, true);
  requireActorAllowed(
    canReviewReport,
    actor,
    report,
    'submitted',
    report.authorUserIds.includes(actor.userId)
      ? 'You wrote, edited or submitted this report, so someone else must review it.'
      : 'Reviewing reports needs the reviewer, coordinator or admin role.',
  );
  checkVersion('report', report.version, expectedVersion);
  requireStateAllows(canReviewReport, actor, report, `The report is ${report.state}: only a submitted report can be ${decision}.`);
  if (decision === 'returned' && !comment) throw new WorkflowError('invalid', 'Say what the executor must change: a returned report needs a comment.');
  const before = await snapshotReport(db, report);
  await markReportReviewed(db, id, decision, actor.userId, comment);
  return { action: decision, comment, before };
}

export async function reviewReport(
  pool: pg.Pool,
  actor: Actor,
  id: number,
  decision: ReviewDecision,
  comment: string | null,
  expectedVersion: number | null,
): Promise<Report> {
  return withTransaction(pool, async (client) => {
    const change = await applyReview(client, actor, id, decision, comment, expectedVersion);
    return recordReportChange(client, actor, id, change);
  });
}

export async function acceptReports(
  pool: pg.Pool,
  actor: Actor,
  items: ReadonlyArray<{ id: number; version: number | null }>,
  comment: string | null,
): Promise<ReportSummary[]> {
  return withTransaction(pool, async (client) => {
    const errors: NonNullable<WorkflowError['errors']> = [];
    const audit: AuditEntry[] = [];
    // Lock in id order, so that two bulk accepts over the same reports cannot deadlock.
    const accepted = new Map<number, ReportSummary>();
    for (const item of [...items].sort((a, b) => a.id - b.id)) {
      try {
        const change = await applyReview(client, actor, item.id, 'accepted', comment, item.version);
        const { report } = await recordReportEvent(client, actor, item.id, change, audit);
        accepted.set(item.id, presentReportSummary(actor, report));
      } catch (error) {
        if (!(error instanceof WorkflowError)) throw error;
        errors.push({ location: `reports.${item.id}`, message: error.message, code: error.kind });
      }
    }
    if (errors.length > 0) {
      throw new WorkflowError('conflict', `None of the ${items.length} reports was accepted: ${errors.length} cannot be. Fix or leave out those named, and send again.`, errors);
    }
    await appendAudit(client, actor.userId, audit);
    return items.map((item) => accepted.get(item.id)!);
  });
}
