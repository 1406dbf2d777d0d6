// Official statistics: the import of a file (the same use case and report as `zhospar import
// observations`), observations as known on a date, the series and the past imports.
import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { listSchema, pagingQuerySchema } from '../../contracts/api/common';
import {
  observationImportFormSchema,
  observationImportProblemSchema,
  observationImportReportSchema,
  observationImportSummarySchema,
  observationListQuerySchema,
  observationSchema,
  seriesSchema,
} from '../../contracts/api/observations';
import { importObservations } from '../../app/statistics/import-observations';
import { listObservations } from '../../app/statistics/list-observations';
import { listImports } from '../../db/repositories/imports';
import { listSeries } from '../../db/repositories/series';
import type { AppEnv } from '../context';
import { requirePermission } from '../auth/guards';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { HttpProblem, problemBody } from '../problem';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
const IMPORTS_PATH = '/api/v1/observations/imports';

const importRoute = createRoute({
  method: 'post',
  path: IMPORTS_PATH,
  tags: ['Statistics'],
  summary: 'Import official statistics from a CSV or XLSX file (all or nothing)',
  description:
    'The long format of docs/observations-format.md. Every row is checked, and nothing is stored unless every row passes; ' +
    'importing the same file twice changes nothing. Requires the permission statistics.import.',
  request: { body: { content: { 'multipart/form-data': { schema: observationImportFormSchema } }, required: true } },
  responses: {
    200: jsonContent(observationImportReportSchema, 'A dry run found no problem; nothing was written.'),
    201: jsonContent(observationImportReportSchema, 'Imported.'),
    401: problemContent('Not signed in.'),
    403: problemContent('The actor lacks statistics.import.'),
    413: problemContent(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`),
    422: { description: 'The file has problems; nothing was written.', content: { 'application/problem+json': { schema: observationImportProblemSchema } } },
    ...standardProblems,
  },
});

const importsRoute = createRoute({
  method: 'get',
  path: IMPORTS_PATH,
  tags: ['Statistics'],
  summary: 'Past imports of official statistics, newest first',
  request: { query: pagingQuerySchema },
  responses: {
    200: jsonContent(listSchema(observationImportSummarySchema, 'ObservationImportList'), 'A page of imports.'),
    401: problemContent('Not signed in.'),
    403: problemContent('The actor lacks statistics.import.'),
    ...standardProblems,
  },
});

const observationsRoute = createRoute({
  method: 'get',
  path: '/api/v1/observations',
  tags: ['Statistics'],
  summary: 'Observations of official statistics, as known on a date',
  request: { query: observationListQuerySchema },
  responses: { 200: jsonContent(listSchema(observationSchema, 'ObservationList'), 'A page of observations by series, branch, region and period.'), ...standardProblems },
});

const seriesRoute = createRoute({
  method: 'get',
  path: '/api/v1/series',
  tags: ['Statistics'],
  summary: 'Series of official statistics',
  responses: { 200: jsonContent(listSchema(seriesSchema, 'SeriesList'), 'Every series by code.'), ...standardProblems },
});

/** Saves an upload to a temporary file, which the import reads as a stream, never holding it whole. */
async function withUploadedFile<T>(file: File, work: (path: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'zhospar-upload-'));
  try {
    const path = join(folder, 'upload');
    await pipeline(Readable.fromWeb(file.stream() as unknown as NodeReadableStream), createWriteStream(path));
    return await work(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export function registerObservationRoutes(app: OpenAPIHono<AppEnv>): void {
  // Before the body is read: nobody may make the server buffer an upload they may not import.
  app.use(IMPORTS_PATH, async (c, next) => {
    requirePermission(c, 'statistics.import');
    await next();
  });
  app.post(
    IMPORTS_PATH,
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES,
      onError: () => {
        throw new HttpProblem(413, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split it, or import it with \`zhospar import observations\`.`);
      },
    }),
  );

  app.openapi(importRoute, async (c) => {
    const actor = requirePermission(c, 'statistics.import');
    const form = c.req.valid('form');
    const file = form.file as unknown;
    if (!(file instanceof File)) throw new HttpProblem(400, 'Attach the file as the multipart form field "file".', [{ location: 'form.file', message: 'a file is required' }]);
    const fileName = basename(file.name || 'upload.csv');
    const report = await withUploadedFile(file, (path) =>
      importObservations(c.get('deps').pool, { path, fileName, dryRun: form.dryRun === 'true', importedBy: actor.userId }),
    );
    if (report.status === 'invalid') {
      const errors = report.problems.map((p) => ({ location: `row ${p.row}${p.column ? `, column ${p.column}` : ''}`, message: p.message }));
      const detail = `${report.problemCount} problem(s) in ${fileName}; nothing was imported.`;
      const body = { ...problemBody(422, detail, new URL(c.req.url).pathname, errors), report };
      return c.json(body, 422, { 'content-type': 'application/problem+json; charset=utf-8' });
    }
    return c.json(report, report.status === 'imported' ? 201 : 200);
  });

  app.openapi(importsRoute, async (c) => {
    requirePermission(c, 'statistics.import');
    const paging = c.req.valid('query');
    return c.json({ ...(await listImports(c.get('deps').pool, paging)), ...paging }, 200);
  });

  app.openapi(observationsRoute, async (c) => {
    const query = c.req.valid('query');
    const page = await listObservations(c.get('deps').pool, query);
    return c.json({ ...page, limit: query.limit, offset: query.offset }, 200);
  });

  app.openapi(seriesRoute, async (c) => {
    const items = await listSeries(c.get('deps').pool);
    return c.json({ items, total: items.length, limit: items.length, offset: 0 }, 200);
  });
}
