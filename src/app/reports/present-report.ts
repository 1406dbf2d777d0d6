// The API's view of a report for one actor: abilities from core policies, history and people only
// for those who may see the report's internal life (the public sees the accepted record alone).
import type { Actor } from '../../core/access/actor';
import { canDeleteEvidence, canSeeInternal, reportAbilities } from '../../core/obligations/report-policy';
import type { Evidence, Report, ReportSummary } from '../../contracts/api/reports';
import type { EvidenceRecord } from '../../db/repositories/evidence';
import type { ReportEventRecord, ReportRecord } from '../../db/repositories/reports';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentEvidence(actor: Actor | null, report: ReportRecord, file: EvidenceRecord, isInternal: boolean): Evidence {
  return {
    id: file.id,
    fileName: file.fileName,
    kind: file.kind,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    organizationCode: file.organizationCode,
    uploadedBy: isInternal ? file.uploadedBy : null,
    uploadedAt: file.uploadedAt.toISOString(),
    isSubmitted: file.isSubmitted,
    url: `/api/v1/evidence/${file.id}`,
    canDelete: canDeleteEvidence(actor, report, file),
  };
}

export function presentReportSummary(actor: Actor | null, report: ReportRecord): ReportSummary {
  const isInternal = canSeeInternal(actor, report);
  return {
    id: report.id,
    state: report.state,
    declaredStatus: report.declaredStatus,
    percentDone: report.percentDone,
    version: report.version,
    obligation: {
      id: report.obligation.id,
      planCode: report.obligation.planCode,
      measureId: report.obligation.measureId,
      measureNumber: report.obligation.measureNumber,
      measureNames: report.obligation.measureNames,
      period: report.obligation.period,
      due: report.obligation.due,
      status: isInternal ? report.obligation.status : report.obligation.publicStatus,
    },
    organization: report.leadOrganization,
    lastSubmittedAt: iso(report.lastSubmittedAt),
    abilities: reportAbilities(actor, report),
  };
}

export function presentReport(actor: Actor | null, report: ReportRecord, evidence: readonly EvidenceRecord[], history: readonly ReportEventRecord[]): Report {
  const isInternal = canSeeInternal(actor, report);
  const person = <T>(p: T) => (isInternal ? p : null);
  return {
    ...presentReportSummary(actor, report),
    text: report.text,
    createdAt: report.createdAt.toISOString(),
    createdBy: person(report.createdBy),
    updatedAt: report.updatedAt.toISOString(),
    updatedBy: person(report.updatedBy),
    firstSubmittedAt: iso(report.firstSubmittedAt),
    lastSubmittedBy: person(report.lastSubmittedBy),
    reviewedAt: iso(report.reviewedAt),
    reviewedBy: person(report.reviewedBy),
    reviewComment: isInternal ? report.reviewComment : null,
    contributions: report.contributions.map((c) => ({
      organization: c.organization,
      text: c.text,
      updatedBy: person(c.updatedBy),
      updatedAt: c.updatedAt.toISOString(),
      version: c.version,
    })),
    evidence: evidence.map((f) => presentEvidence(actor, report, f, isInternal)),
    history: isInternal
      ? history.map((e) => ({ id: e.id, at: e.at.toISOString(), actor: e.actor, action: e.action as Report['history'][number]['action'], comment: e.comment, snapshot: e.snapshot }))
      : [],
  };
}
