// Input-output tables: list, read, upload and delete them; their multipliers, impacts and the
// "8-10 related jobs" check (docs/input-output.md). Reads are public; uploads and deletes need the
// 'statistics.import' permission.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { listSchema } from '../../contracts/api/common';
import {
  claimCheckQuerySchema,
  claimVerdictSchema,
  ioImpactReportSchema,
  ioImpactRequestSchema,
  ioMultipliersSchema,
  ioTableCodeParamSchema,
  ioTableDetailSchema,
  ioTableSummarySchema,
  ioTableUploadSchema,
} from '../../contracts/api/input-output';
import { IoRequestError } from '../../core/input-output';
import { IoTableValidationError, type IoTableFileProblem } from '../../io/io-table-file';
import { IoTableCodeTakenError, IoTableMetadataError } from '../../app/input-output/io-table-import-error';
import { IoTableGoneError } from '../../app/input-output/load-io-model';
import { NoDefaultGroupError } from '../../app/input-output/io-table-analysis';
import { removeIoTable } from '../../app/input-output/delete-io-table';
import { getIoTable } from '../../app/input-output/get-io-table';
import { importIoTable } from '../../app/input-output/import-io-table';
import { tableClaimCheck, tableImpact, tableMultipliers } from '../../app/input-output/io-table-analysis';
import { ioTableSummaryOf, listIoTables } from '../../db/repositories/io-tables';
import type { AppEnv } from '../context';
import { requirePermission } from '../auth/guards';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { HttpProblem, notFound } from '../problem';

const TAG = 'Input-output';
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const requireImport: MiddlewareHandler<AppEnv> = async (c, next) => {
  requirePermission(c, 'statistics.import');
  await next();
};

const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES,
  onError: () => {
    throw new HttpProblem(413, `The upload is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  },
});

const tableNotFound = (code: string) => notFound(`There is no input-output table with the code "${code}".`);
const notFoundResponse = { 404: problemContent('No table has this code.') };

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/io-tables',
  tags: [TAG],
  summary: 'Input-output tables',
  responses: { 200: jsonContent(listSchema(ioTableSummarySchema, 'IoTableList'), 'Every stored table, newest year first.'), ...standardProblems },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/io-tables/{code}',
  tags: [TAG],
  summary: 'A table: its source, status and products',
  request: { params: ioTableCodeParamSchema },
  responses: { 200: jsonContent(ioTableDetailSchema, 'The table.'), ...notFoundResponse, ...standardProblems },
});

const uploadRoute = createRoute({
  method: 'post',
  path: '/api/v1/io-tables',
  tags: [TAG],
  summary: 'Import a table from CSV or XLSX',
  description: 'The file layout is that of docs/input-output.md. Nothing is stored unless the whole file passes every check.',
  middleware: [requireImport, uploadLimit] as const,
  request: { body: { required: true, content: { 'multipart/form-data': { schema: ioTableUploadSchema } } } },
  responses: {
    201: jsonContent(ioTableSummarySchema, 'The table was stored.'),
    401: problemContent('Not signed in.'),
    403: problemContent("The actor may not import statistics ('statistics.import')."),
    409: problemContent('A table already has this code.'),
    413: problemContent('The file is too large.'),
    422: problemContent('The file is not a valid table: `errors` names each cell ("row 5, column \\"28\\"").'),
    ...standardProblems,
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/v1/io-tables/{code}',
  tags: [TAG],
  summary: 'Delete a table',
  middleware: [requireImport] as const,
  request: { params: ioTableCodeParamSchema },
  responses: {
    204: { description: 'Deleted.' },
    401: problemContent('Not signed in.'),
    403: problemContent("The actor may not import statistics ('statistics.import')."),
    ...notFoundResponse,
    ...standardProblems,
  },
});

const multipliersRoute = createRoute({
  method: 'get',
  path: '/api/v1/io-tables/{code}/multipliers',
  tags: [TAG],
  summary: "Every product's output, GVA and employment multipliers and Type I / Type II ratios",
  request: { params: ioTableCodeParamSchema },
  responses: { 200: jsonContent(ioMultipliersSchema, 'The multipliers, in table order.'), ...notFoundResponse, ...standardProblems },
});

const impactRoute = createRoute({
  method: 'post',
  path: '/api/v1/io-tables/{code}/impact',
  tags: [TAG],
  summary: 'What final demand or direct jobs in a product or group create: direct, indirect, induced',
  request: { params: ioTableCodeParamSchema, body: { required: true, content: { 'application/json': { schema: ioImpactRequestSchema } } } },
  responses: { 200: jsonContent(ioImpactReportSchema, 'The impact by product and in total.'), ...notFoundResponse, ...standardProblems },
});

const claimRoute = createRoute({
  method: 'get',
  path: '/api/v1/io-tables/{code}/claim-check',
  tags: [TAG],
  summary: 'Whether "one job creates 8-10 jobs in related industries" holds on the table',
  request: { params: ioTableCodeParamSchema, query: claimCheckQuerySchema },
  responses: { 200: jsonContent(claimVerdictSchema, 'The verdict and the ratios it rests on.'), ...notFoundResponse, ...standardProblems },
});

export function registerInputOutputRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const items = (await listIoTables(c.get('deps').pool)).map(ioTableSummaryOf);
    return c.json({ items, total: items.length, limit: items.length, offset: 0 }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { code } = c.req.valid('param');
    const table = await getIoTable(c.get('deps').pool, code);
    if (!table) throw tableNotFound(code);
    return c.json(table, 200);
  });

  app.openapi(uploadRoute, async (c) => {
    const actor = requirePermission(c, 'statistics.import');
    const { file, ...metadata } = c.req.valid('form');
    const content = new Uint8Array(await file.arrayBuffer());
    const record = await uploadProblem(() =>
      importIoTable(c.get('deps').pool, { ...metadata, fileName: file.name, content, createdBy: actor.userId }),
    );
    c.header('Location', `/api/v1/io-tables/${encodeURIComponent(record.code)}`);
    return c.json(ioTableSummaryOf(record), 201);
  });

  app.openapi(deleteRoute, async (c) => {
    const { code } = c.req.valid('param');
    if (!(await removeIoTable(c.get('deps').pool, code))) throw tableNotFound(code);
    return c.body(null, 204);
  });

  app.openapi(multipliersRoute, async (c) => {
    const { code } = c.req.valid('param');
    const result = await answerIoRequest(() => tableMultipliers(c.get('deps').pool, code));
    if (!result) throw tableNotFound(code);
    return c.json(result, 200);
  });

  app.openapi(impactRoute, async (c) => {
    const { code } = c.req.valid('param');
    const request = c.req.valid('json');
    const report = await answerIoRequest(() => tableImpact(c.get('deps').pool, code, request));
    if (!report) throw tableNotFound(code);
    return c.json(report, 200);
  });

  app.openapi(claimRoute, async (c) => {
    const { code } = c.req.valid('param');
    const query = c.req.valid('query');
    const request = { group: query.group === undefined ? undefined : codeList(query.group), mix: mixParameter(query.mix) };
    const verdict = await answerIoRequest(() => tableClaimCheck(c.get('deps').pool, code, request));
    if (!verdict) throw tableNotFound(code);
    return c.json(verdict, 200);
  });
}

/** Runs a computation, turning refusals of the request (unknown code, bad mix) into 400 problems. */
async function answerIoRequest<T>(compute: () => Promise<T>): Promise<T | null> {
  try {
    return await compute();
  } catch (error) {
    if (error instanceof IoRequestError || error instanceof NoDefaultGroupError) throw new HttpProblem(400, `${capitalise(error.message)}.`);
    if (error instanceof IoTableGoneError) return null;
    throw error;
  }
}

/** Runs an import, turning the file's problems into one 422 that lists each cell. */
async function uploadProblem<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IoTableCodeTakenError) throw new HttpProblem(409, `${capitalise(error.message)}.`);
    if (error instanceof IoTableMetadataError) {
      throw new HttpProblem(422, `The table was not stored: ${error.message}.`, [{ location: `form.${error.field}`, message: error.message }]);
    }
    if (error instanceof IoTableValidationError) {
      const errors = error.problems.map((problem) => ({ location: problemLocation(problem), message: problem.message }));
      const shown = errors.slice(0, 3).map((e) => `${e.location}: ${e.message}`).join('; ');
      const more = errors.length > 3 ? `; and ${errors.length - 3} more` : '';
      const count = `${errors.length} problem${errors.length === 1 ? '' : 's'}`;
      throw new HttpProblem(422, `The table was not stored: the file has ${count} (${shown}${more}).`, errors);
    }
    throw error;
  }
}

/** Where a problem is, the way a spreadsheet shows it: `row 5, column "28"`, or the whole file. */
function problemLocation(problem: IoTableFileProblem): string {
  if (problem.row === undefined) return problem.column === undefined ? 'file' : `column "${problem.column}"`;
  return problem.column === undefined ? `row ${problem.row}` : `row ${problem.row}, column "${problem.column}"`;
}

function codeList(raw: string): string[] {
  const codes = raw.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (codes.length === 0) throw new HttpProblem(400, 'The group needs at least one product code ("group=CODE,CODE").', [{ location: 'query.group', message: 'no product code' }]);
  return codes;
}

/** "25=0.4,28=0.6" as shares by code. */
function mixParameter(raw: string | undefined): Record<string, number> | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const mix: Record<string, number> = {};
  for (const part of raw.split(',')) {
    const match = /^\s*([^=\s]+)\s*=\s*([0-9.eE+-]+)\s*$/.exec(part);
    const share = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isFinite(share) || share < 0) {
      throw new HttpProblem(400, `The mix must read CODE=SHARE,... with non-negative shares; "${part.trim()}" does not.`, [
        { location: 'query.mix', message: `"${part.trim()}" is not CODE=SHARE` },
      ]);
    }
    mix[match[1]!] = share;
  }
  return mix;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
