// Executors' reports, their contributions, evidence files and history, and review.
import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { EVIDENCE_KINDS } from '../../core/obligations/evidence-type';
import { declaredStatusSchema, isoDateSchema, obligationStatusSchema, reportStateSchema, timestampSchema } from './obligations';
import { organizationSchema } from './organizations';

export const MAX_REPORT_TEXT = 20_000;

const personSchema = z.object({ id: z.number().int(), name: z.string() }).meta({ id: 'Person' });
const versionField = z.number().int().positive().optional().meta({ description: 'The version you read, when If-Match is not sent (HTML forms).' });
// NUL cannot be stored in PostgreSQL text; refuse it here with a clear message instead of a 500.
const reportTextSchema = z.string().max(MAX_REPORT_TEXT).refine((t) => !t.includes('\u0000'), 'must not contain NUL characters');

export const evidenceSchema = z
  .object({
    id: z.number().int(),
    fileName: z.string().meta({ description: 'Sanitised name; its extension matches the content.' }),
    kind: z.enum(EVIDENCE_KINDS),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    organizationCode: z.string().meta({ description: 'The organisation that uploaded it.' }),
    uploadedBy: personSchema.nullable(),
    uploadedAt: timestampSchema,
    isSubmitted: z.boolean().meta({ description: 'Part of a submission: kept for the record, cannot be removed.' }),
    url: z.string().meta({ description: 'Download address (GET).' }),
    canDelete: z.boolean(),
  })
  .meta({ id: 'Evidence', description: 'A file attached to a report as evidence (PDF, DOCX, XLSX, PNG or JPEG).' });
export type Evidence = z.infer<typeof evidenceSchema>;

export const reportAbilitiesSchema = z
  .object({
    canEdit: z.boolean(),
    canContribute: z.boolean(),
    canAddEvidence: z.boolean(),
    canSubmit: z.boolean(),
    canAccept: z.boolean(),
    canReturn: z.boolean(),
  })
  .meta({ id: 'ReportAbilities', description: 'What the current user may do with this report now.' });

export const reportEventSchema = z
  .object({
    id: z.number().int(),
    at: timestampSchema,
    actor: personSchema.nullable(),
    action: z.enum(['created', 'updated', 'contribution_saved', 'evidence_added', 'evidence_removed', 'submitted', 'returned', 'accepted']),
    comment: z.string().nullable(),
    snapshot: z.unknown().meta({ description: 'The report as it was after the event.' }),
  })
  .meta({ id: 'ReportEvent' });

export const reportSchema = z
  .object({
    id: z.number().int(),
    state: reportStateSchema,
    text: z.string(),
    declaredStatus: declaredStatusSchema,
    percentDone: z.number().int(),
    version: z.number().int().meta({ description: 'Also the ETag; send it as If-Match with every change.' }),
    obligation: z.object({
      id: z.number().int(),
      planCode: z.string(),
      measureId: z.number().int(),
      measureNumber: z.number().int(),
      measureNames: localizedTextSchema,
      period: z.string(),
      due: isoDateSchema,
      status: obligationStatusSchema,
    }),
    organization: organizationSchema.meta({ description: 'The lead executor.' }),
    createdAt: timestampSchema,
    createdBy: personSchema.nullable(),
    updatedAt: timestampSchema,
    updatedBy: personSchema.nullable(),
    firstSubmittedAt: timestampSchema.nullable(),
    lastSubmittedAt: timestampSchema.nullable(),
    lastSubmittedBy: personSchema.nullable(),
    reviewedAt: timestampSchema.nullable(),
    reviewedBy: personSchema.nullable(),
    reviewComment: z.string().nullable().meta({ description: 'The comment of the last return (or acceptance).' }),
    contributions: z.array(
      z.object({ organization: organizationSchema, text: z.string(), updatedBy: personSchema.nullable(), updatedAt: timestampSchema, version: z.number().int() }),
    ),
    evidence: z.array(evidenceSchema),
    history: z.array(reportEventSchema).meta({ description: 'Every event, oldest first; empty for the public.' }),
    abilities: reportAbilitiesSchema,
  })
  .meta({ id: 'Report', description: "The lead executor's report on an obligation." });
export type Report = z.infer<typeof reportSchema>;

export const reportSummarySchema = reportSchema
  .pick({ id: true, state: true, declaredStatus: true, percentDone: true, version: true, obligation: true, organization: true, lastSubmittedAt: true, abilities: true })
  .meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportIdParamSchema = z.object({
  id: z.coerce.number().int().positive().max(2 ** 53 - 1).meta({ description: 'Report id.', example: 1 }),
});
export const evidenceIdParamSchema = z.object({
  id: z.coerce.number().int().positive().max(2 ** 53 - 1).meta({ description: 'Evidence file id.', example: 1 }),
});

export const createReportRequestSchema = z
  .object({
    text: reportTextSchema.default(''),
    declaredStatus: declaredStatusSchema.default('in_progress'),
    percentDone: z.number().int().min(0).max(100).default(0),
  })
  .meta({ id: 'CreateReportRequest' });

export const updateReportRequestSchema = z
  .object({
    text: reportTextSchema.optional(),
    declaredStatus: declaredStatusSchema.optional(),
    percentDone: z.number().int().min(0).max(100).optional(),
    version: versionField,
  })
  .refine((body) => body.text !== undefined || body.declaredStatus !== undefined || body.percentDone !== undefined, {
    message: 'change at least one of text, declaredStatus, percentDone',
  })
  .meta({ id: 'UpdateReportRequest' });

export const contributionRequestSchema = z
  .object({ text: reportTextSchema.pipe(z.string().trim().min(1)), version: versionField.meta({ description: 'The contribution\u2019s version when changing an existing one.' }) })
  .meta({ id: 'ContributionRequest' });

export const transitionRequestSchema = z.object({ version: versionField }).meta({ id: 'ReportTransitionRequest' });

export const returnRequestSchema = z
  .object({ comment: z.string().trim().min(1).max(5000).meta({ description: 'What the executor must change.' }), version: versionField })
  .meta({ id: 'ReturnReportRequest' });

export const acceptRequestSchema = z
  .object({ comment: z.string().trim().max(5000).optional(), version: versionField })
  .meta({ id: 'AcceptReportRequest' });

export const bulkAcceptRequestSchema = z
  .object({
    ids: z.array(z.number().int().positive()).min(1).max(200).refine((ids) => new Set(ids).size === ids.length, 'ids must not repeat'),
    versions: z.record(z.string().regex(/^\d+$/), z.number().int().positive()).meta({ description: 'The version of every report, by id: {"17": 3}.' }),
    comment: z.string().trim().max(5000).optional(),
  })
  .meta({ id: 'BulkAcceptRequest', description: 'Accept several submitted reports: all of them, or none.' });

export const bulkAcceptResponseSchema = z.object({ accepted: z.array(reportSummarySchema) }).meta({ id: 'BulkAcceptResponse' });

export const evidenceUploadSchema = z
  .object({ file: z.file().meta({ type: 'string', format: 'binary', description: 'PDF, DOCX, XLSX, PNG or JPEG, at most 10 MB; the type is read from the content.' }) })
  .meta({ id: 'EvidenceUpload' });

/** Files one report submission may carry, and their total size (each file is also at most MAX_EVIDENCE_BYTES). */
export const MAX_SUBMISSION_FILES = 10;
export const MAX_SUBMISSION_BYTES = 20 * 1024 * 1024;

const evidenceFileField = z.file().meta({ type: 'string', format: 'binary', description: 'PDF, DOCX, XLSX, PNG or JPEG, at most 10 MB; the type is read from the content.' });

export const reportSubmissionFormSchema = z
  .object({
    text: reportTextSchema.default('').meta({ description: 'What was done (needed to submit).' }),
    declaredStatus: declaredStatusSchema.default('in_progress'),
    percentDone: z.coerce.number().int().min(0).max(100).default(0),
    submit: z.enum(['true', 'false']).default('true').meta({ description: '"false" keeps the report as a draft with its files instead of submitting it.' }),
    file: z
      .union([evidenceFileField, z.array(evidenceFileField).max(MAX_SUBMISSION_FILES)])
      .optional()
      .meta({ description: 'Evidence files: repeat the field for each file (at most 10, together at most 20 MB).' }),
  })
  .meta({ id: 'ReportSubmissionForm', description: 'A report with its evidence, submitted in one request.' });
