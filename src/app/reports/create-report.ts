// An executor of the lead organisation opens the report on an obligation: a draft.
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { canCreateReport } from '../../core/obligations/report-policy';
import type { Report } from '../../contracts/api/reports';
import { findObligation } from '../../db/repositories/obligations';
import { insertReport, type ReportFields } from '../../db/repositories/reports';
import { withTransaction } from '../../db/transaction';
import { WorkflowError } from '../obligations/workflow-error';
import { recordReportChange } from './record-report-change';

export async function createReport(pool: pg.Pool, actor: Actor, obligationId: number, fields: ReportFields): Promise<Report> {
  return withTransaction(pool, async (client) => {
    const obligation = await findObligation(client, obligationId, true);
    if (!obligation) throw new WorkflowError('not_found', `There is no obligation with the id ${obligationId}.`);
    const facts = { ...obligation, isCancelled: false, hasReport: false };
    if (!canCreateReport(actor, facts)) {
      throw new WorkflowError('forbidden', `Only executors of ${obligation.leadOrganization.code}, the lead executor of measure ${obligation.measureNumber}, write its report.`);
    }
    if (obligation.isCancelled) throw new WorkflowError('conflict', 'This obligation is cancelled: it needs no report.');
    if (obligation.report) throw new WorkflowError('conflict', `This obligation has a report already (id ${obligation.report.id}); edit that one.`);
    const id = await insertReport(client, obligationId, obligation.leadOrganizationId, fields, actor.userId);
    if (id === null) throw new WorkflowError('conflict', 'This obligation has a report already; reload the obligation.');
    return recordReportChange(client, actor, id, { action: 'created', before: null });
  });
}
