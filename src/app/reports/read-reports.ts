// Reading reports: one report with its evidence and history, an evidence file's content, and the
// review queue. Each read applies the same visibility rule as the changes.
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { hasPermission } from '../../core/access/actor';
import type { ListEnvelope } from '../../contracts/api/common';
import type { Report, ReportSummary } from '../../contracts/api/reports';
import { findEvidence, listEvidence, readEvidenceContent, type EvidenceRecord } from '../../db/repositories/evidence';
import { listReportEvents, listSubmittedReports } from '../../db/repositories/reports';
import { WorkflowError } from '../obligations/workflow-error';
import { presentReport, presentReportSummary } from './present-report';
import { loadVisibleReport } from './report-access';

export async function getReport(pool: pg.Pool, actor: Actor | null, id: number): Promise<Report> {
  const report = await loadVisibleReport(pool, actor, id);
  return presentReport(actor, report, await listEvidence(pool, id), await listReportEvents(pool, id));
}

export async function getEvidenceFile(pool: pg.Pool, actor: Actor | null, id: number): Promise<{ file: EvidenceRecord; content: Buffer }> {
  const missing = new WorkflowError('not_found', `There is no evidence file with the id ${id}.`);
  const file = await findEvidence(pool, id);
  if (!file) throw missing;
  await loadVisibleReport(pool, actor, file.reportId).catch(() => {
    throw missing;
  });
  const content = await readEvidenceContent(pool, id);
  if (!content) throw missing;
  return { file, content };
}

/** Submitted reports by due date; each with the actor's abilities (an author sees canAccept false). */
export async function listReviewQueue(pool: pg.Pool, actor: Actor, paging: { limit: number; offset: number }): Promise<ListEnvelope<ReportSummary>> {
  if (!hasPermission(actor, 'report.review')) throw new WorkflowError('forbidden', 'The review queue is for reviewers, coordinators and admins.');
  const page = await listSubmittedReports(pool, paging);
  return { items: page.items.map((r) => presentReportSummary(actor, r)), total: page.total, ...paging };
}
