// The multipart form of a one-request report submission, read and checked by hand rather than
// through the web FormData parser: the body is read once into one buffer and each file is a view
// of it, which keeps a 100 KB submission to a fraction of the CPU time. The fields are checked by
// the same zod schema that documents the route (reportSubmissionFormSchema).
import type { Context } from 'hono';
import type { z } from 'zod';
import { MAX_SUBMISSION_BYTES, MAX_SUBMISSION_FILES, reportSubmissionFormSchema } from '../../contracts/api/reports';
import type { ReportSubmission } from '../../app/reports/submit-report-with-evidence';
import { MultipartError, multipartBoundary, parseMultipart } from '../../io/multipart-form';
import type { AppEnv } from '../context';
import { HttpProblem } from '../problem';
import { readRequestBody } from './request-body';

/** Room for the multipart envelope and the report's fields around the files. */
export const SUBMISSION_OVERHEAD = 256 * 1024;

const fieldsSchema = reportSubmissionFormSchema.omit({ file: true });

function invalid(location: string, message: string): HttpProblem {
  return new HttpProblem(400, `The request is not valid: ${location}: ${message}.`, [{ location, message }]);
}

function invalidFields(error: z.ZodError): HttpProblem {
  const errors = error.issues.map((issue) => ({ location: ['form', ...issue.path.map(String)].join('.'), message: issue.message }));
  return new HttpProblem(400, `The request is not valid: ${errors.map((e) => `${e.location}: ${e.message}`).join('; ')}.`, errors);
}

export async function readReportSubmissionForm(c: Context<AppEnv>): Promise<ReportSubmission> {
  const boundary = multipartBoundary(c.req.header('content-type'));
  if (!boundary) throw invalid('form', 'send the report as multipart/form-data');
  const body = await readRequestBody(c, MAX_SUBMISSION_BYTES + SUBMISSION_OVERHEAD, `The evidence of one request may come to at most ${MAX_SUBMISSION_BYTES / 1048576} MB.`);
  let parts;
  try {
    parts = parseMultipart(body, boundary, { maxParts: MAX_SUBMISSION_FILES + 20, maxHeaderBytes: 16 * 1024 });
  } catch (error) {
    if (error instanceof MultipartError) throw invalid('form', `malformed multipart/form-data: ${error.message}`);
    throw error;
  }
  const fields: Record<string, string | string[]> = {};
  const files: ReportSubmission['files'][number][] = [];
  for (const part of parts) {
    if (part.name === 'file') {
      // What a browser sends for a file input left empty: no name (or an empty one), no content.
      if (!part.fileName && part.data.byteLength === 0) continue;
      if (part.fileName === null) throw invalid('form.file', 'must be a file (a part with a filename)');
      files.push({ name: part.fileName, bytes: part.data });
      continue;
    }
    const value = part.data.toString('utf8');
    const previous = fields[part.name];
    fields[part.name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  if (files.length > MAX_SUBMISSION_FILES) throw invalid('form.file', `at most ${MAX_SUBMISSION_FILES} files in one request`);
  const parsed = fieldsSchema.safeParse(fields);
  if (!parsed.success) throw invalidFields(parsed.error);
  const { text, declaredStatus, percentDone, submit } = parsed.data;
  return { fields: { text, declaredStatus, percentDone }, files, submit: submit === 'true' };
}
