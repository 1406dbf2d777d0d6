// Reports: read, edit, contribute, submit, review (one or many), and the review queue. Every change
// names the version it is based on: If-Match: "<version>" (preferred), or `version` in the body.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { listSchema, pagingQuerySchema } from '../../contracts/api/common';
import { obligationIdParamSchema } from '../../contracts/api/obligations';
import {
  MAX_SUBMISSION_BYTES,
  MAX_SUBMISSION_FILES,
  acceptRequestSchema,
  bulkAcceptRequestSchema,
  bulkAcceptResponseSchema,
  contributionRequestSchema,
  reportIdParamSchema,
  reportSchema,
  reportSubmissionFormSchema,
  reportSummarySchema,
  returnRequestSchema,
  transitionRequestSchema,
  updateReportRequestSchema,
} from '../../contracts/api/reports';
import { entityTag } from '../../core/obligations/expected-version';
import { getReport, listReviewQueue } from '../../app/reports/read-reports';
import { acceptReports, reviewReport } from '../../app/reports/review-report';
import { saveContribution } from '../../app/reports/save-contribution';
import { submitReport } from '../../app/reports/submit-report';
import { submitReportWithEvidence } from '../../app/reports/submit-report-with-evidence';
import { updateReport } from '../../app/reports/update-report';
import { currentActor, requirePermission } from '../auth/guards';
import { SIGNED_IN } from '../auth/openapi-security';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { validationProblem } from '../problem';
import { asWorkflowProblem, expectedVersion } from './workflow-problem';
import { registerEvidenceRoutes } from './evidence';
import { readReportSubmissionForm } from './report-submission-form';

const tags = ['Reports'];
const headers = z.object({ 'if-match': z.string().optional().meta({ description: 'The version you read, in quotes: "3" (preferred over `version` in the body).' }) });

const changeProblems = {
  401: problemContent('Not signed in.'),
  403: problemContent('Your roles or organisation do not allow this.'),
  404: problemContent('No report with this id that you may see.'),
  409: problemContent('Stale version (type urn:zhospar:problem:stale-version) or the report is not in a state that allows this.'),
  428: problemContent('No version was sent.'),
  ...standardProblems,
};

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/reports/{id}',
  tags,
  summary: 'A report with its contributions, evidence, history and your abilities',
  description: 'The public sees accepted reports only; drafts are seen only by the executing organisations, coordinators and admins.',
  request: { params: reportIdParamSchema },
  responses: { 200: jsonContent(reportSchema, 'The report; ETag is its version.'), 404: problemContent('No report with this id that you may see.'), ...standardProblems },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/api/v1/reports/{id}',
  tags,
  security: SIGNED_IN,
  summary: 'Edit a draft or returned report (lead executor)',
  request: { params: reportIdParamSchema, headers, body: { content: { 'application/json': { schema: updateReportRequestSchema } }, required: true } },
  responses: { 200: jsonContent(reportSchema, 'The report after the change.'), ...changeProblems },
});

const contributionRoute = createRoute({
  method: 'put',
  path: '/api/v1/reports/{id}/contribution',
  tags,
  security: SIGNED_IN,
  summary: "Write your organisation's contribution (co-executors)",
  description: "Each co-executing organisation has one contribution; send its version (not the report's) when changing it.",
  request: { params: reportIdParamSchema, headers, body: { content: { 'application/json': { schema: contributionRequestSchema } }, required: true } },
  responses: { 200: jsonContent(reportSchema, 'The report with the contribution.'), ...changeProblems },
});

const transition = (path: string, summary: string, description: string, schema: typeof transitionRequestSchema | typeof returnRequestSchema | typeof acceptRequestSchema, required: boolean) =>
  createRoute({
    method: 'post',
    path,
    tags,
    security: SIGNED_IN,
    summary,
    description,
    request: { params: reportIdParamSchema, headers, body: { content: { 'application/json': { schema } }, required } },
    responses: { 200: jsonContent(reportSchema, 'The report after the change.'), 422: problemContent('The report cannot be submitted as it is (empty text) or the comment is missing.'), ...changeProblems },
  });

const submitRoute = transition('/api/v1/reports/{id}/submit', 'Submit a report for review (lead executor)', 'From draft or returned.', transitionRequestSchema, false);
const acceptRoute = transition('/api/v1/reports/{id}/accept', 'Accept a submitted report', 'Reviewers, coordinators and admins; never the report\u2019s own authors.', acceptRequestSchema, false);
const returnRoute = transition('/api/v1/reports/{id}/return', 'Return a submitted report with a comment', 'The executor revises and submits again.', returnRequestSchema, true);

const oneRequestRoute = createRoute({
  method: 'post',
  path: '/api/v1/obligations/{id}/report-submissions',
  tags,
  security: SIGNED_IN,
  summary: 'Write, attach evidence to and submit the report on an obligation in one request (lead executor)',
  description:
    'multipart/form-data with the report fields, any number of `file` fields (at most ' +
    `${MAX_SUBMISSION_FILES}, each at most 10 MB, together at most ${MAX_SUBMISSION_BYTES / 1048576} MB; typed by content) and \`submit\` ` +
    '(default "true"; "false" keeps a draft). All or nothing, in one transaction, with the same history events and audit rows as ' +
    'creating the draft, uploading each file and submitting. For an obligation without a report; to revise a returned one, use the report’s own endpoints.',
  request: { params: obligationIdParamSchema, body: { content: { 'multipart/form-data': { schema: reportSubmissionFormSchema } }, required: true } },
  responses: {
    201: jsonContent(reportSchema, 'The report, submitted (or a draft), with its evidence; Location and ETag are set.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Not an executor of the lead organisation.'),
    404: problemContent('No obligation has this id.'),
    409: problemContent('The obligation has a report already, or is cancelled.'),
    413: problemContent('A file, or all of them together, is too large.'),
    415: problemContent('A file is not a PDF, DOCX, XLSX, PNG or JPEG file.'),
    422: problemContent('The text is empty: a report cannot be submitted without it.'),
    ...standardProblems,
  },
});

const bulkAcceptRoute = createRoute({
  method: 'post',
  path: '/api/v1/reports/accept',
  tags,
  security: SIGNED_IN,
  summary: 'Accept several submitted reports: all or none',
  description: 'If any report cannot be accepted (stale version, not submitted, your own, not visible), none is, and `errors` names each with `location` "reports.<id>".',
  request: { body: { content: { 'application/json': { schema: bulkAcceptRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(bulkAcceptResponseSchema, 'Every report, accepted.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Needs the reviewer, coordinator or admin role.'),
    409: problemContent('Nothing was accepted; `errors` lists each report that cannot be.'),
    ...standardProblems,
  },
});

const queueRoute = createRoute({
  method: 'get',
  path: '/api/v1/review-queue',
  tags,
  security: SIGNED_IN,
  summary: 'Submitted reports waiting for review, earliest due first',
  request: { query: pagingQuerySchema },
  responses: {
    200: jsonContent(listSchema(reportSummarySchema, 'ReviewQueue'), 'A page of the queue.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Needs the reviewer, coordinator or admin role.'),
    ...standardProblems,
  },
});

export function registerReportRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(getRoute, async (c) => {
    const report = await asWorkflowProblem(getReport(c.get('deps').pool, currentActor(c), c.req.valid('param').id));
    c.header('ETag', entityTag(report.version));
    return c.json(report, 200);
  });

  app.openapi(patchRoute, async (c) => {
    const actor = requirePermission(c, 'report.write');
    const { version, ...patch } = c.req.valid('json');
    const report = await asWorkflowProblem(updateReport(c.get('deps').pool, actor, c.req.valid('param').id, patch, expectedVersion(c, version)));
    c.header('ETag', entityTag(report.version));
    return c.json(report, 200);
  });

  app.openapi(contributionRoute, async (c) => {
    const actor = requirePermission(c, 'report.write');
    const { text, version } = c.req.valid('json');
    const report = await asWorkflowProblem(saveContribution(c.get('deps').pool, actor, c.req.valid('param').id, text, expectedVersion(c, version)));
    c.header('ETag', entityTag(report.version));
    return c.json(report, 200);
  });

  app.openapi(submitRoute, async (c) => {
    const actor = requirePermission(c, 'report.write');
    const body = (c.req.valid('json') ?? {}) as { version?: number };
    const report = await asWorkflowProblem(submitReport(c.get('deps').pool, actor, c.req.valid('param').id, expectedVersion(c, body.version)));
    c.header('ETag', entityTag(report.version));
    return c.json(report, 200);
  });

  app.openapi(acceptRoute, async (c) => {
    const actor = requirePermission(c, 'report.review');
    const body = (c.req.valid('json') ?? {}) as { version?: number; comment?: string };
    const report = await asWorkflowProblem(
      reviewReport(c.get('deps').pool, actor, c.req.valid('param').id, 'accepted', body.comment || null, expectedVersion(c, body.version)),
    );
    c.header('ETag', entityTag(report.version));
    return c.json(report, 200);
  });

  app.openapi(returnRoute, async (c) => {
    const actor = requirePermission(c, 'report.review');
    const body = c.req.valid('json') as { version?: number; comment: string };
    const report = await asWorkflowProblem(reviewReport(c.get('deps').pool, actor, c.req.valid('param').id, 'returned', body.comment, expectedVersion(c, body.version)));
    c.header('ETag', entityTag(report.version));
    return c.json(report, 200);
  });

  // Documented like the others, but the form is read by readReportSubmissionForm (one buffer, files
  // as views of it) instead of the validator's FormData parser: this is the hot path of a busy day.
  app.openAPIRegistry.registerPath(oneRequestRoute);
  app.post('/api/v1/obligations/:id/report-submissions', async (c) => {
    const actor = requirePermission(c, 'report.write');
    const params = obligationIdParamSchema.safeParse({ id: c.req.param('id') });
    if (!params.success) return validationProblem(c, 'param', params.error);
    const submission = await readReportSubmissionForm(c);
    const report = await asWorkflowProblem(submitReportWithEvidence(c.get('deps').pool, actor, params.data.id, submission));
    c.header('Location', `/api/v1/reports/${report.id}`);
    c.header('ETag', entityTag(report.version));
    return c.json(report, 201);
  });

  app.openapi(bulkAcceptRoute, async (c) => {
    const actor = requirePermission(c, 'report.review');
    const { ids, versions, comment } = c.req.valid('json');
    const items = ids.map((id) => ({ id, version: versions[String(id)] ?? null }));
    const accepted = await asWorkflowProblem(acceptReports(c.get('deps').pool, actor, items, comment || null));
    return c.json({ accepted }, 200);
  });

  app.openapi(queueRoute, async (c) => {
    const actor = requirePermission(c, 'report.review');
    return c.json(await asWorkflowProblem(listReviewQueue(c.get('deps').pool, actor, c.req.valid('query'))), 200);
  });

  registerEvidenceRoutes(app);
}
