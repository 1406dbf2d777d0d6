// The lead executor edits a draft or a returned report (text, declared status, percent done).
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { canEditReport } from '../../core/obligations/report-policy';
import type { Report } from '../../contracts/api/reports';
import { updateReportFields, type ReportFields } from '../../db/repositories/reports';
import { withTransaction } from '../../db/transaction';
import { checkVersion } from '../obligations/workflow-error';
import { recordReportChange, snapshotReport } from './record-report-change';
import { loadVisibleReport, requireActorAllowed, requireStateAllows } from './report-access';

export async function updateReport(pool: pg.Pool, actor: Actor, id: number, patch: Partial<ReportFields>, expectedVersion: number | null): Promise<Report> {
  return withTransaction(pool, async (client) => {
    const report = await loadVisibleReport(client, actor, id, true);
    requireActorAllowed(canEditReport, actor, report, 'draft', `Only executors of ${report.leadOrganization.code}, the lead executor, edit this report.`);
    checkVersion('report', report.version, expectedVersion);
    requireStateAllows(canEditReport, actor, report, `The report is ${report.state}: it can be edited only as a draft or after it is returned.`);
    const before = await snapshotReport(client, report);
    await updateReportFields(
      client,
      id,
      { text: patch.text ?? report.text, declaredStatus: patch.declaredStatus ?? report.declaredStatus, percentDone: patch.percentDone ?? report.percentDone },
      actor.userId,
    );
    return recordReportChange(client, actor, id, { action: 'updated', before });
  });
}
