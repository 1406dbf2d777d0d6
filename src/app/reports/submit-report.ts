// The lead executor submits the report for review; its evidence becomes part of the record.
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { canSubmitReport } from '../../core/obligations/report-policy';
import type { Report } from '../../contracts/api/reports';
import { markEvidenceSubmitted } from '../../db/repositories/evidence';
import { markReportSubmitted } from '../../db/repositories/reports';
import { withTransaction } from '../../db/transaction';
import { checkVersion, WorkflowError } from '../obligations/workflow-error';
import { recordReportChange, snapshotReport } from './record-report-change';
import { loadVisibleReport, requireActorAllowed, requireStateAllows } from './report-access';

export async function submitReport(pool: pg.Pool, actor: Actor, id: number, expectedVersion: number | null): Promise<Report> {
  return withTransaction(pool, async (client) => {
    const report = await loadVisibleReport(client, actor, id, true);
    requireActorAllowed(canSubmitReport, actor, report, 'draft', `Only executors of ${report.leadOrganization.code}, the lead executor, submit this report.`);
    checkVersion('report', report.version, expectedVersion);
    requireStateAllows(canSubmitReport, actor, report, `The report is ${report.state}: only a draft or a returned report can be submitted.`);
    if (report.text.trim() === '') throw new WorkflowError('invalid', 'Write what was done (the report text is empty) before submitting.');
    const before = await snapshotReport(client, report);
    await markReportSubmitted(client, id, actor.userId);
    await markEvidenceSubmitted(client, id);
    return recordReportChange(client, actor, id, { action: 'submitted', before });
  });
}
