// A plan's obligations summed up for dashboards: counts by status (by area, by lead executor, in
// all) and every lead organisation's performance, each in one request.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { planCodeParamSchema } from '../../contracts/api/plans';
import { planObligationStatusSchema, planPerformanceListSchema, planPerformanceQuerySchema } from '../../contracts/api/plan-obligations';
import { getPlanObligationStatus } from '../../app/obligations/plan-obligation-status';
import { getPlanPerformance } from '../../app/obligations/plan-performance';
import { currentActor, requireActor } from '../auth/guards';
import { SIGNED_IN } from '../auth/openapi-security';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { asWorkflowProblem } from './workflow-problem';

const tags = ['Obligations'];

const statusRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}/obligation-status',
  tags,
  summary: "How many of a plan's obligations are in each status, by area and by lead executor",
  description:
    'Counted in the database from the obligations GET /api/v1/obligations?plan=... lists, under the status you see there: internal readers (viewer, reviewer, coordinator, admin) count internal statuses; the public and other users count public statuses (from accepted reports), except on measures their organisation executes. Instead of fetching every obligation to count them.',
  request: { params: planCodeParamSchema },
  responses: {
    200: jsonContent(planObligationStatusSchema, 'Counts by status in all, for every area and for every lead executor.'),
    404: problemContent('No plan has this code.'),
    ...standardProblems,
  },
});

const performanceRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}/performance',
  tags,
  security: SIGNED_IN,
  summary: "Every lead executor's reporting rate and timeliness in a plan",
  description:
    'One item per organisation leading an obligation of the plan, in code order, each exactly what GET /api/v1/organizations/{code}/performance?plan=... answers (same definitions, computed from the same rows), for all of them in one request. The same rule as that endpoint decides who sees what: internal readers get every organisation, other users only their own organisation (an empty list when it leads nothing in the plan).',
  request: { params: planCodeParamSchema, query: planPerformanceQuerySchema },
  responses: {
    200: jsonContent(planPerformanceListSchema, 'Every lead organisation the caller may see, with its counts and rates; limit equals total.'),
    401: problemContent('Not signed in.'),
    404: problemContent('No plan has this code.'),
    ...standardProblems,
  },
});

export function registerPlanObligationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(statusRoute, async (c) => {
    const { planCode } = c.req.valid('param');
    return c.json(await asWorkflowProblem(getPlanObligationStatus(c.get('deps').pool, currentActor(c), planCode)), 200);
  });

  app.openapi(performanceRoute, async (c) => {
    const actor = requireActor(c);
    const { planCode } = c.req.valid('param');
    return c.json(await asWorkflowProblem(getPlanPerformance(c.get('deps').pool, actor, planCode, c.req.valid('query'))), 200);
  });
}
