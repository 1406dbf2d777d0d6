// A co-executor writes its organisation's part of the lead's report. Each organisation's part is
// its own row with its own version, so it never overwrites the lead's text or another's part.
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { canContribute } from '../../core/obligations/report-policy';
import type { Report } from '../../contracts/api/reports';
import { saveContribution as saveContributionRow } from '../../db/repositories/reports';
import { withTransaction } from '../../db/transaction';
import { checkVersion, WorkflowError } from '../obligations/workflow-error';
import { recordReportChange, snapshotReport } from './record-report-change';
import { loadVisibleReport, requireActorAllowed, requireStateAllows } from './report-access';

export async function saveContribution(pool: pg.Pool, actor: Actor, reportId: number, text: string, expectedVersion: number | null): Promise<Report> {
  return withTransaction(pool, async (client) => {
    const report = await loadVisibleReport(client, actor, reportId, true);
    requireActorAllowed(canContribute, actor, report, 'draft', 'Only executors of the co-executing organisations of the measure add contributions to this report.');
    const existing = report.contributions.find((c) => c.organizationId === actor.organizationId);
    if (existing) checkVersion('contribution', existing.version, expectedVersion);
    else if (expectedVersion !== null) throw new WorkflowError('stale', 'Your organisation has no contribution to this report yet: send none as the version to create it.');
    requireStateAllows(canContribute, actor, report, `The report is ${report.state}: contributions can be changed only while it is a draft or returned.`);
    const before = await snapshotReport(client, report);
    await saveContributionRow(client, reportId, actor.organizationId, text, actor.userId);
    return recordReportChange(client, actor, reportId, { action: 'contribution_saved', before });
  });
}
