// What a report looked like after an event: kept in its history and in the audit trail. Evidence
// appears by name and hash (the content stays in evidence_files).
import type { EvidenceRecord } from '../../db/repositories/evidence';
import type { ReportRecord } from '../../db/repositories/reports';

export interface ReportSnapshot {
  state: ReportRecord['state'];
  text: string;
  declaredStatus: ReportRecord['declaredStatus'];
  percentDone: number;
  version: number;
  contributions: Array<{ organizationCode: string; text: string }>;
  evidence: Array<{ id: number; fileName: string; sha256: string }>;
}

export function snapshotOf(report: ReportRecord, evidence: readonly EvidenceRecord[]): ReportSnapshot {
  return {
    state: report.state,
    text: report.text,
    declaredStatus: report.declaredStatus,
    percentDone: report.percentDone,
    version: report.version,
    contributions: report.contributions.map((c) => ({ organizationCode: c.organization.code, text: c.text })),
    evidence: evidence.map((f) => ({ id: f.id, fileName: f.fileName, sha256: f.sha256 })),
  };
}
