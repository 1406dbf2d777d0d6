// Removing a file that no submission has included yet (a submitted file is part of the record).
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { canDeleteEvidence } from '../../core/obligations/report-policy';
import type { Report } from '../../contracts/api/reports';
import { deleteEvidence, findEvidence } from '../../db/repositories/evidence';
import { withTransaction } from '../../db/transaction';
import { WorkflowError } from '../obligations/workflow-error';
import { recordReportChange, snapshotReport } from './record-report-change';
import { loadVisibleReport } from './report-access';

export async function removeEvidence(pool: pg.Pool, actor: Actor, evidenceId: number): Promise<Report> {
  return withTransaction(pool, async (client) => {
    const file = await findEvidence(client, evidenceId);
    if (!file) throw new WorkflowError('not_found', `There is no evidence file with the id ${evidenceId}.`);
    const report = await loadVisibleReport(client, actor, file.reportId, true).catch(() => {
      throw new WorkflowError('not_found', `There is no evidence file with the id ${evidenceId}.`);
    });
    if (!canDeleteEvidence(actor, { ...report, state: 'draft' }, { ...file, isSubmitted: false })) {
      throw new WorkflowError('forbidden', 'Only executors of the lead organisation, or of the organisation that uploaded it, remove this file.');
    }
    if (!canDeleteEvidence(actor, report, file)) {
      throw new WorkflowError(
        'conflict',
        file.isSubmitted ? 'This file was part of a submission and stays with the report as its record.' : `The report is ${report.state}: its files cannot change now.`,
      );
    }
    const before = await snapshotReport(client, report);
    await deleteEvidence(client, evidenceId);
    const meta = { reportId: report.id, fileName: file.fileName, kind: file.kind, sizeBytes: file.sizeBytes, sha256: file.sha256, organizationCode: file.organizationCode };
    return recordReportChange(client, actor, report.id, {
      action: 'evidence_removed',
      before,
      audit: [{ action: 'evidence.removed', entityType: 'evidence', entityId: evidenceId, before: meta, after: null }],
    });
  });
}
