// The API's view of an obligation for one actor: the internal or the public status, and the
// lead report only when the actor may see it.
import type { Actor } from '../../core/access/actor';
import { canCreateReport, canSeeInternal, canViewReport } from '../../core/obligations/report-policy';
import type { Obligation } from '../../contracts/api/obligations';
import type { ObligationRecord } from '../../db/repositories/obligations';

export function presentObligation(actor: Actor | null, o: ObligationRecord): Obligation {
  const isReportVisible = o.report !== null && canViewReport(actor, { ...o, state: o.report.state, authorUserIds: [] });
  return {
    id: o.id,
    planCode: o.planCode,
    measure: { id: o.measureId, number: o.measureNumber, names: o.measureNames, deadlineText: o.deadlineText },
    period: o.period,
    nominalDue: o.nominalDue,
    due: o.due,
    dueDateAssumed: o.dueDateAssumed,
    status: canSeeInternal(actor, o) ? o.status : o.publicStatus,
    leadExecutor: o.leadOrganization,
    report: isReportVisible && o.report ? { id: o.report.id, state: o.report.state, version: o.report.version } : null,
    abilities: { canCreateReport: canCreateReport(actor, { ...o, hasReport: o.report !== null }) },
    version: o.version,
  };
}
