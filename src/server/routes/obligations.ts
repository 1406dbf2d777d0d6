// Obligations, the report a lead executor opens on one, measure schedules (manual scheduling by
// coordinators) and the public progress of a measure.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listSchema } from '../../contracts/api/common';
import { measureIdParamSchema } from '../../contracts/api/measures';
import {
  manualScheduleRequestSchema,
  measureProgressSchema,
  measureScheduleSchema,
  obligationIdParamSchema,
  obligationListQuerySchema,
  obligationSchema,
} from '../../contracts/api/obligations';
import { createReportRequestSchema, reportSchema } from '../../contracts/api/reports';
import { findObligations, getObligation } from '../../app/obligations/list-obligations';
import { getMeasureProgress } from '../../app/obligations/measure-progress';
import { getMeasureSchedule, setManualSchedule } from '../../app/obligations/measure-schedule';
import { createReport } from '../../app/reports/create-report';
import { currentActor, requirePermission } from '../auth/guards';
import { SIGNED_IN } from '../auth/openapi-security';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { asWorkflowProblem, expectedVersion } from './workflow-problem';

const tags = ['Obligations'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/obligations',
  tags,
  summary: 'Obligations by due date, filtered and paged',
  description: 'The public sees public statuses (from accepted reports); internal readers and the executing organisations see internal ones. `status` filters on the status you see.',
  request: { query: obligationListQuerySchema },
  responses: { 200: jsonContent(listSchema(obligationSchema, 'ObligationList'), 'A page of obligations, earliest due first.'), 404: problemContent('No organisation has this code.'), ...standardProblems },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/obligations/{id}',
  tags,
  summary: 'One obligation',
  request: { params: obligationIdParamSchema },
  responses: { 200: jsonContent(obligationSchema, 'The obligation.'), 404: problemContent('No obligation has this id.'), ...standardProblems },
});

const createReportRoute = createRoute({
  method: 'post',
  path: '/api/v1/obligations/{id}/reports',
  tags: ['Reports'],
  security: SIGNED_IN,
  summary: "Open the obligation's report (a draft)",
  description: 'Executors of the lead organisation only; one report per obligation.',
  request: { params: obligationIdParamSchema, body: { content: { 'application/json': { schema: createReportRequestSchema } }, required: false } },
  responses: {
    201: jsonContent(reportSchema, 'The new draft; its Location and ETag headers are set.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Not an executor of the lead organisation.'),
    404: problemContent('No obligation has this id.'),
    409: problemContent('The obligation has a report already, or is cancelled.'),
    ...standardProblems,
  },
});

const scheduleRoute = createRoute({
  method: 'get',
  path: '/api/v1/measures/{id}/schedule',
  tags,
  summary: "How a measure's deadline is scheduled, and its obligations",
  request: { params: measureIdParamSchema },
  responses: { 200: jsonContent(measureScheduleSchema, 'The schedule; its ETag is the schedule version.'), 404: problemContent('No such measure.'), ...standardProblems },
});

const setScheduleRoute = createRoute({
  method: 'post',
  path: '/api/v1/measures/{id}/schedule',
  tags,
  security: SIGNED_IN,
  summary: 'Set the occurrences of a measure by hand',
  description:
    'For deadlines the parser could not read (schedule status needs_manual) or read wrongly. Due dates move to working days like parsed ones; periods no longer listed are cancelled, completed ones kept. Send the schedule version as If-Match.',
  request: { params: measureIdParamSchema, body: { content: { 'application/json': { schema: manualScheduleRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(measureScheduleSchema, 'The manual schedule and the obligations it yields.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Needs the coordinator or admin role.'),
    404: problemContent('No such measure.'),
    409: problemContent('The schedule changed since you read it.'),
    422: problemContent('A period is given twice.'),
    428: problemContent('No version was sent.'),
    ...standardProblems,
  },
});

const progressRoute = createRoute({
  method: 'get',
  path: '/api/v1/measures/{id}/progress',
  tags,
  summary: 'Public progress of a measure: accepted statuses and reports',
  request: { params: measureIdParamSchema },
  responses: { 200: jsonContent(measureProgressSchema, 'Every obligation with its public status and accepted report.'), 404: problemContent('No such measure.'), ...standardProblems },
});

export function registerObligationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    return c.json(await asWorkflowProblem(findObligations(c.get('deps').pool, currentActor(c), c.req.valid('query'))), 200);
  });

  app.openapi(getRoute, async (c) => {
    return c.json(await asWorkflowProblem(getObligation(c.get('deps').pool, currentActor(c), c.req.valid('param').id)), 200);
  });

  app.openapi(createReportRoute, async (c) => {
    const actor = requirePermission(c, 'report.write');
    const body = createReportRequestSchema.parse(c.req.valid('json') ?? {});
    const report = await asWorkflowProblem(createReport(c.get('deps').pool, actor, c.req.valid('param').id, body));
    c.header('Location', `/api/v1/reports/${report.id}`);
    c.header('ETag', `"${report.version}"`);
    return c.json(report, 201);
  });

  app.openapi(scheduleRoute, async (c) => {
    const schedule = await asWorkflowProblem(getMeasureSchedule(c.get('deps').pool, currentActor(c), c.req.valid('param').id));
    c.header('ETag', `"${schedule.version}"`);
    return c.json(schedule, 200);
  });

  app.openapi(setScheduleRoute, async (c) => {
    const actor = requirePermission(c, 'plan.edit');
    const body = c.req.valid('json');
    const schedule = await asWorkflowProblem(setManualSchedule(c.get('deps').pool, actor, c.req.valid('param').id, body, expectedVersion(c, body.version)));
    c.header('ETag', `"${schedule.version}"`);
    return c.json(schedule, 200);
  });

  app.openapi(progressRoute, async (c) => {
    return c.json(await asWorkflowProblem(getMeasureProgress(c.get('deps').pool, c.req.valid('param').id)), 200);
  });
}
