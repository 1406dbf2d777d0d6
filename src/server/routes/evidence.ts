// Evidence files: upload (multipart, field `file`), download (authorised like the report; sent as
// an attachment that browsers must not sniff into something else), and removal before submission.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { evidenceIdParamSchema, evidenceUploadSchema, reportIdParamSchema, reportSchema } from '../../contracts/api/reports';
import { MAX_EVIDENCE_BYTES } from '../../core/obligations/evidence-type';
import { attachmentDisposition } from '../../core/obligations/file-name';
import { entityTag } from '../../core/obligations/expected-version';
import { addEvidence } from '../../app/reports/add-evidence';
import { getEvidenceFile } from '../../app/reports/read-reports';
import { removeEvidence } from '../../app/reports/remove-evidence';
import { currentActor, requirePermission } from '../auth/guards';
import { SIGNED_IN } from '../auth/openapi-security';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { problemResponse } from '../problem';
import { asWorkflowProblem } from './workflow-problem';

const tags = ['Reports'];
/** Room for the multipart envelope around a file of the maximum size. */
const MULTIPART_OVERHEAD = 64 * 1024;

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/v1/reports/{id}/evidence',
  tags,
  security: SIGNED_IN,
  summary: 'Attach an evidence file to a draft or returned report',
  description: `PDF, DOCX, XLSX, PNG or JPEG, recognised from the content (not the name); at most ${MAX_EVIDENCE_BYTES / 1048576} MB. The name is kept (Cyrillic included) without folders or control characters, with the extension of the real type.`,
  middleware: [
    bodyLimit({
      maxSize: MAX_EVIDENCE_BYTES + MULTIPART_OVERHEAD,
      onError: (c) => problemResponse(c, 413, `Evidence files may be at most ${MAX_EVIDENCE_BYTES / 1048576} MB.`),
    }),
  ] as const,
  request: { params: reportIdParamSchema, body: { content: { 'multipart/form-data': { schema: evidenceUploadSchema } }, required: true } },
  responses: {
    201: jsonContent(reportSchema, 'The report with the new file in `evidence`.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Not an executor of an executing organisation.'),
    404: problemContent('No report with this id that you may see.'),
    409: problemContent('The report is submitted or accepted.'),
    413: problemContent('The file is too large.'),
    415: problemContent('Not a PDF, DOCX, XLSX, PNG or JPEG file.'),
    ...standardProblems,
  },
});

const downloadRoute = createRoute({
  method: 'get',
  path: '/api/v1/evidence/{id}',
  tags,
  summary: 'Download an evidence file',
  description: 'Authorised like its report: the public can download the files of accepted reports.',
  request: { params: evidenceIdParamSchema },
  responses: {
    200: { description: 'The file, as an attachment.', content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } } },
    404: problemContent('No file with this id that you may see.'),
    ...standardProblems,
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/v1/evidence/{id}',
  tags,
  security: SIGNED_IN,
  summary: 'Remove a file no submission has included yet',
  request: { params: evidenceIdParamSchema },
  responses: {
    200: jsonContent(reportSchema, 'The report without the file.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Not your organisation\u2019s file, or not an executor.'),
    404: problemContent('No file with this id that you may see.'),
    409: problemContent('The file was submitted, or the report is not editable.'),
    ...standardProblems,
  },
});

export function registerEvidenceRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(uploadRoute, async (c) => {
    const actor = requirePermission(c, 'report.write');
    const { file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const report = await asWorkflowProblem(addEvidence(c.get('deps').pool, actor, c.req.valid('param').id, { name: file.name, bytes }));
    c.header('ETag', entityTag(report.version));
    return c.json(report, 201);
  });

  app.openapi(downloadRoute, async (c) => {
    const { file, content } = await asWorkflowProblem(getEvidenceFile(c.get('deps').pool, currentActor(c), c.req.valid('param').id));
    return c.body(new Uint8Array(content), 200, {
      'Content-Type': file.mediaType,
      'Content-Length': String(content.byteLength),
      'Content-Disposition': attachmentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      // Accepted evidence is public but may still be withdrawn from view: never cache it in shared caches.
      'Cache-Control': 'private, no-cache',
      ETag: `"${file.sha256}"`,
    });
  });

  app.openapi(deleteRoute, async (c) => {
    const actor = requirePermission(c, 'report.write');
    const report = await asWorkflowProblem(removeEvidence(c.get('deps').pool, actor, c.req.valid('param').id));
    c.header('ETag', entityTag(report.version));
    return c.json(report, 200);
  });
}
