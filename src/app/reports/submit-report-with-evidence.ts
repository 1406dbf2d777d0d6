// An executor of the lead organisation sends the report on an obligation in one request: the text,
// the declared status, the evidence files, and (unless told otherwise) the submission itself. It
// is what creating the draft, uploading each file and submitting do, with the same rules, history
// events and audit rows, written by one statement (one transaction): agency systems that send
// reports need one call that either happens completely or not at all, and a busy reporting day
// needs it to be cheap. Files are checked (type by content, size) before anything is written; the
// obligation is read, the rules applied, and the write happens only if the obligation is still as
// read (db/repositories/report-submissions.ts), else it is read again.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { deriveObligationStatus, derivePublicObligationStatus } from '../../core/obligations/obligation-status';
import { canCreateReport, canSubmitReport } from '../../core/obligations/report-policy';
import { MAX_SUBMISSION_BYTES, MAX_SUBMISSION_FILES, type Report } from '../../contracts/api/reports';
import type { NewAuditRow } from '../../db/repositories/audit';
import type { EvidenceRecord } from '../../db/repositories/evidence';
import { readSubmissionTarget, writeSubmission, type SubmissionFile, type SubmissionTarget } from '../../db/repositories/report-submissions';
import type { ReportEventRecord, ReportFields, ReportRecord } from '../../db/repositories/reports';
import { kazakhstanDate, kazakhstanToday } from '../obligations/kazakhstan-date';
import { WorkflowError } from '../obligations/workflow-error';
import { checkEvidenceFile, type UploadedFile } from './add-evidence';
import { presentReport } from './present-report';
import { snapshotOf } from './report-snapshot';

export interface ReportSubmission {
  fields: ReportFields;
  files: readonly UploadedFile[];
  /** False: keep the report as a draft (with its files) instead of submitting it. */
  submit: boolean;
}

type CheckedFile = Omit<SubmissionFile, 'id'>;

/** PostgreSQL's unique_violation: here, a report on the obligation was created since it was read. */
const UNIQUE_VIOLATION = '23505';

function checkFiles(files: readonly UploadedFile[]): CheckedFile[] {
  if (files.length > MAX_SUBMISSION_FILES) {
    throw new WorkflowError('invalid', `One request carries at most ${MAX_SUBMISSION_FILES} evidence files; attach more to the report afterwards.`);
  }
  const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (total > MAX_SUBMISSION_BYTES) {
    throw new WorkflowError('too_large', `The files come to ${(total / 1048576).toFixed(1)} MB; one request carries at most ${MAX_SUBMISSION_BYTES / 1048576} MB of evidence.`);
  }
  return files.map((file) => {
    const { kind, fileName, mediaType } = checkEvidenceFile(file);
    return { fileName, kind, mediaType, sha256: createHash('sha256').update(file.bytes).digest('hex'), content: file.bytes };
  });
}

function refuseUnlessAllowed(actor: Actor, target: SubmissionTarget): void {
  const facts = { ...target, isCancelled: false, hasReport: false };
  if (!canCreateReport(actor, facts)) {
    throw new WorkflowError('forbidden', `Only executors of ${target.leadOrganization.code}, the lead executor of measure ${target.measureNumber}, write its report.`);
  }
  if (target.isCancelled) throw new WorkflowError('conflict', 'This obligation is cancelled: it needs no report.');
  if (target.existingReportId !== null) {
    throw new WorkflowError('conflict', `This obligation has a report already (id ${target.existingReportId}); edit and submit that one.`);
  }
}

/** Reads of an obligation that keeps changing under the submission before it gives up (409). */
const ATTEMPTS = 3;

export async function submitReportWithEvidence(pool: pg.Pool, actor: Actor, obligationId: number, submission: ReportSubmission): Promise<Report> {
  const checked = checkFiles(submission.files);
  const { fields, submit } = submission;
  if (submit && fields.text.trim() === '') throw new WorkflowError('invalid', 'Write what was done (the report text is empty) before submitting.');
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const target = await readSubmissionTarget(pool, obligationId, actor.organizationId, checked.length);
    if (!target) throw new WorkflowError('not_found', `There is no obligation with the id ${obligationId}.`);
    refuseUnlessAllowed(actor, target);
    const reportId = target.reservedReportId!;
    const files = checked.map((file, i) => ({ ...file, id: target.reservedEvidenceIds[i]! }));
    const plan = planSubmission(actor, target, reportId, fields, files, submit);
    const eventIds = await writeSubmission(pool, {
      reportId,
      obligationId,
      obligationVersion: target.version,
      at: target.now,
      organizationId: target.leadOrganizationId,
      userId: actor.userId,
      state: plan.report.state as 'draft' | 'submitted',
      version: plan.report.version,
      ...fields,
      files,
      events: plan.events,
      audit: plan.audit,
      statuses: plan.statuses,
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new WorkflowError('conflict', 'This obligation has a report already (it was created a moment ago); reload the obligation.');
      }
      throw error;
    });
    if (!eventIds) continue; // the obligation changed since it was read: read it again
    const history: ReportEventRecord[] = plan.events.map((e, i) => ({
      id: eventIds[i]!,
      at: target.now,
      actor: { id: actor.userId, name: actor.name },
      action: e.action,
      comment: null,
      snapshot: e.snapshot,
    }));
    return presentReport(actor, plan.report, plan.evidence, history);
  }
  throw new WorkflowError('conflict', 'The obligation kept changing while the report was being submitted; nothing was written. Try again.');
}

/**
 * Everything the submission writes, worked out from what was read: the report as stored, the
 * history events with their snapshots (created, each file added, submitted: as the three separate
 * requests would record them), the audit rows and the obligation's statuses.
 */
function planSubmission(actor: Actor, target: SubmissionTarget, reportId: number, fields: ReportFields, files: readonly SubmissionFile[], submit: boolean) {
  const now = target.now;
  const person = { id: actor.userId, name: actor.name };
  const draft: ReportRecord = {
    id: reportId,
    obligationId: target.id,
    organizationId: target.leadOrganizationId,
    state: 'draft',
    ...fields,
    version: 1,
    createdAt: now,
    createdBy: person,
    updatedAt: now,
    updatedBy: person,
    firstSubmittedAt: null,
    lastSubmittedAt: null,
    lastSubmittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
    obligation: {
      id: target.id,
      planCode: target.planCode,
      measureId: target.measureId,
      measureNumber: target.measureNumber,
      measureNames: target.measureNames,
      period: target.period,
      due: target.due,
      isCancelled: target.isCancelled,
      status: target.status,
      publicStatus: target.publicStatus,
    },
    leadOrganizationId: target.leadOrganizationId,
    leadOrganization: target.leadOrganization,
    coExecutorOrganizationIds: target.coExecutorOrganizationIds,
    authorUserIds: [actor.userId],
    contributions: [],
  };
  const evidence: EvidenceRecord[] = files.map((f) => ({
    id: f.id,
    reportId,
    organizationId: actor.organizationId,
    organizationCode: actor.organizationCode,
    fileName: f.fileName,
    kind: f.kind,
    mediaType: f.mediaType,
    sizeBytes: f.content.byteLength,
    sha256: f.sha256,
    isSubmitted: submit,
    uploadedBy: person,
    uploadedAt: now,
  }));

  const events: Array<{ action: ReportEventRecord['action']; snapshot: ReturnType<typeof snapshotOf> }> = [];
  const audit: NewAuditRow[] = [];
  const record = (action: string, before: unknown, after: unknown, entityType = 'report', entityId: number = reportId) =>
    audit.push({ actorId: actor.userId, action, entityType, entityId: String(entityId), before: before as NewAuditRow['before'], after: after as NewAuditRow['after'] });

  let snapshot = snapshotOf(draft, []);
  events.push({ action: 'created', snapshot });
  record('report.created', null, snapshot);
  for (const [i, file] of evidence.entries()) {
    const before = snapshot;
    snapshot = snapshotOf(draft, evidence.slice(0, i + 1));
    events.push({ action: 'evidence_added', snapshot });
    record('report.evidence_added', before, snapshot);
    const meta = { reportId, fileName: file.fileName, kind: file.kind, sizeBytes: file.sizeBytes, sha256: file.sha256, organizationCode: file.organizationCode };
    record('evidence.added', null, meta, 'evidence', file.id);
  }

  let report = draft;
  let statuses: { status: ReportRecord['obligation']['status']; publicStatus: ReportRecord['obligation']['publicStatus'] } | null = null;
  if (submit) {
    if (!canSubmitReport(actor, draft)) throw new WorkflowError('forbidden', `Only executors of ${target.leadOrganization.code}, the lead executor, submit this report.`);
    report = { ...draft, state: 'submitted', version: 2, firstSubmittedAt: now, lastSubmittedAt: now, lastSubmittedBy: person };
    const before = snapshot;
    snapshot = snapshotOf(report, evidence);
    events.push({ action: 'submitted', snapshot });
    record('report.submitted', before, snapshot);
    const asOf = kazakhstanToday();
    const facts = { due: target.due, isCancelled: target.isCancelled, report: { state: report.state, declaredStatus: report.declaredStatus, lastSubmittedOn: kazakhstanDate(now) } };
    const status = deriveObligationStatus(facts, asOf);
    const publicStatus = derivePublicObligationStatus(facts, asOf);
    if (status !== target.status || publicStatus !== target.publicStatus) {
      statuses = { status, publicStatus };
      record('obligation.status_changed', { status: target.status, publicStatus: target.publicStatus }, { status, publicStatus, asOf }, 'obligation', target.id);
      report = { ...report, obligation: { ...report.obligation, status, publicStatus } };
    }
  }
  return { report, evidence, events, audit, statuses };
}
