import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listSchema, pagingQuerySchema } from '../../contracts/api/common';
import { planCodeParamSchema, planDetailSchema, planSummarySchema } from '../../contracts/api/plans';
import { indicatorSchema } from '../../contracts/api/indicators';
import { getPlan, listPlans } from '../../db/repositories/plans';
import { listPlanIndicators } from '../../app/list-plan-indicators';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { notFound } from '../problem';

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans',
  tags: ['Plans'],
  summary: 'List plans',
  request: { query: pagingQuerySchema },
  responses: { 200: jsonContent(listSchema(planSummarySchema, 'PlanList'), 'A page of plans.'), ...standardProblems },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}',
  tags: ['Plans'],
  summary: 'A plan with its areas',
  request: { params: planCodeParamSchema },
  responses: { 200: jsonContent(planDetailSchema, 'The plan.'), 404: problemContent('No plan has this code.'), ...standardProblems },
});

const indicatorsRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}/indicators',
  tags: ['Indicators'],
  summary: "A plan's target indicators",
  request: { params: planCodeParamSchema },
  responses: {
    200: jsonContent(listSchema(indicatorSchema, 'IndicatorList'), 'Every target indicator of the plan.'),
    404: problemContent('No plan has this code.'),
    ...standardProblems,
  },
});

export function registerPlanRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const paging = c.req.valid('query');
    const page = await listPlans(c.get('deps').pool, paging);
    return c.json({ ...page, ...paging }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { planCode } = c.req.valid('param');
    const plan = await getPlan(c.get('deps').pool, planCode);
    if (!plan) throw notFound(`There is no plan with the code "${planCode}".`);
    return c.json(plan, 200);
  });

  app.openapi(indicatorsRoute, async (c) => {
    const { planCode } = c.req.valid('param');
    const items = await listPlanIndicators(c.get('deps').pool, planCode);
    if (!items) throw notFound(`There is no plan with the code "${planCode}".`);
    return c.json({ items, total: items.length, limit: items.length, offset: 0 }, 200);
  });
}
