// The coordinator's work list of a plan's schedules: which measures need a schedule set by hand,
// which were set by hand, which the parser read. Changing one is POST /api/v1/measures/{id}/schedule.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { planCodeParamSchema } from '../../contracts/api/plans';
import { planSchedulesQuerySchema, planSchedulesSchema } from '../../contracts/api/plan-schedules';
import { getPlanSchedules } from '../../app/obligations/plan-schedules';
import { requirePermission } from '../auth/guards';
import { SIGNED_IN } from '../auth/openapi-security';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { asWorkflowProblem } from './workflow-problem';

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}/schedules',
  tags: ['Obligations'],
  security: SIGNED_IN,
  summary: "A plan's measures by how their deadlines are scheduled",
  description:
    "The coordinator's work list: measures whose deadline text the parser could not read (needs_manual, with the parser's reason and message) first, then those scheduled by hand (manual), then those read by the parser (parsed). For internal readers (viewer, reviewer, coordinator, admin: plan.read_internal). Each item carries the schedule version to send as If-Match when setting the occurrences by hand with POST /api/v1/measures/{id}/schedule (coordinators and admins).",
  request: { params: planCodeParamSchema, query: planSchedulesQuerySchema },
  responses: {
    200: jsonContent(planSchedulesSchema, 'The measures with their schedule status, and the counts by status.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Needs internal read access (viewer, reviewer, coordinator or admin).'),
    404: problemContent('No plan has this code.'),
    ...standardProblems,
  },
});

export function registerPlanScheduleRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const actor = requirePermission(c, 'plan.read_internal');
    const { planCode } = c.req.valid('param');
    return c.json(await asWorkflowProblem(getPlanSchedules(c.get('deps').pool, actor, planCode, c.req.valid('query'))), 200);
  });
}
