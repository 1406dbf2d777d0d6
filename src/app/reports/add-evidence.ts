// An executor of the lead or a co-executing organisation attaches a file to a draft or returned
// report. The type comes from the content (core/obligations/evidence-type.ts); the file is stored
// in the database with its sha256, so a backup holds it and every app process serves it.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { detectEvidenceKind, EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES } from '../../core/obligations/evidence-type';
import { sanitizeFileName } from '../../core/obligations/file-name';
import { canAddEvidence } from '../../core/obligations/report-policy';
import type { Report } from '../../contracts/api/reports';
import { insertEvidence } from '../../db/repositories/evidence';
import { withTransaction } from '../../db/transaction';
import { WorkflowError } from '../obligations/workflow-error';
import { recordReportChange, snapshotReport } from './record-report-change';
import { loadVisibleReport, requireActorAllowed, requireStateAllows } from './report-access';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export function checkEvidenceFile(file: UploadedFile) {
  if (file.bytes.byteLength === 0) throw new WorkflowError('invalid', 'The file is empty.');
  if (file.bytes.byteLength > MAX_EVIDENCE_BYTES) {
    throw new WorkflowError('too_large', `The file is ${(file.bytes.byteLength / 1048576).toFixed(1)} MB; evidence files may be at most ${MAX_EVIDENCE_BYTES / 1048576} MB.`);
  }
  const kind = detectEvidenceKind(file.bytes);
  if (!kind) {
    throw new WorkflowError('unsupported_type', `"${file.name.slice(0, 100)}" is not a PDF, DOCX, XLSX, PNG or JPEG file (judged by its content, not its name).`);
  }
  return { kind, fileName: sanitizeFileName(file.name, kind), mediaType: EVIDENCE_MEDIA_TYPES[kind] };
}

export async function addEvidence(pool: pg.Pool, actor: Actor, reportId: number, file: UploadedFile): Promise<Report> {
  const checked = checkEvidenceFile(file);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return withTransaction(pool, async (client) => {
    const report = await loadVisibleReport(client, actor, reportId, true);
    requireActorAllowed(canAddEvidence, actor, report, 'draft', 'Only executors of the organisations executing the measure attach evidence to its report.');
    requireStateAllows(canAddEvidence, actor, report, `The report is ${report.state}: evidence can be added only to a draft or a returned report.`);
    const before = await snapshotReport(client, report);
    const saved = await insertEvidence(client, { reportId, organizationId: actor.organizationId, ...checked, sha256, content: file.bytes, userId: actor.userId });
    const meta = { reportId, fileName: saved.fileName, kind: saved.kind, sizeBytes: saved.sizeBytes, sha256, organizationCode: saved.organizationCode };
    return recordReportChange(client, actor, reportId, {
      action: 'evidence_added',
      before,
      audit: [{ action: 'evidence.added', entityType: 'evidence', entityId: saved.id, before: null, after: meta }],
    });
  });
}
