// Public reads of the indicator engine: a plan's indicators with ratings, one indicator's page data,
// and sub-branch or region contributions. Thin: each handler validates, calls one use case and
// returns the contract's shape; figures are computed by core and cached by the use cases.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  asOfQuerySchema,
  contributionsQuerySchema,
  indicatorCodeParamSchema,
  indicatorContributionsSchema,
  indicatorDetailSchema,
  planIndicatorStatusSchema,
} from '../../contracts/api/indicator-status';
import { planCodeParamSchema } from '../../contracts/api/plans';
import { getIndicatorContributions } from '../../app/indicators/indicator-contributions';
import { getIndicatorDetail, getPlanIndicatorStatus } from '../../app/indicators/indicator-status';
import { kazakhstanToday } from '../../app/indicators/kazakhstan-today';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { notFound } from '../problem';

const statusRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}/indicators/status',
  tags: ['Indicators'],
  summary: "The plan's indicators with their status and rating on a date",
  request: { params: planCodeParamSchema, query: asOfQuerySchema },
  responses: {
    200: jsonContent(planIndicatorStatusSchema, 'Every indicator with base, latest figure, trajectory, gap, required rate, forecast, probability and rating; consistency checks; divergence.'),
    404: problemContent('No plan has this code.'),
    ...standardProblems,
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}/indicators/{code}',
  tags: ['Indicators'],
  summary: "An indicator's page: series, trajectory, forecast fan, checks, vintages",
  request: { params: indicatorCodeParamSchema, query: asOfQuerySchema },
  responses: {
    200: jsonContent(indicatorDetailSchema, 'Everything the indicator page shows.'),
    404: problemContent('No plan has this code, or the plan no indicator with this code.'),
    ...standardProblems,
  },
});

const contributionsRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}/indicators/{code}/contributions',
  tags: ['Indicators'],
  summary: "Sub-branch or region contributions to the indicator's year-on-year change",
  request: { params: indicatorCodeParamSchema, query: contributionsQuerySchema },
  responses: {
    200: jsonContent(indicatorContributionsSchema, 'Contributions in percentage points, chain-linked; empty with the reason when the data do not exist.'),
    404: problemContent('No plan has this code, or the plan no indicator with this code.'),
    ...standardProblems,
  },
});

function missing(kind: 'no_plan' | 'no_indicator', planCode: string, code: string) {
  return kind === 'no_plan' ? notFound(`There is no plan with the code "${planCode}".`) : notFound(`The plan "${planCode}" has no indicator with the code "${code}".`);
}

export function registerIndicatorStatusRoutes(app: OpenAPIHono<AppEnv>): void {
  // Registered before the {code} routes: "status" is a path of its own, not an indicator code.
  app.openapi(statusRoute, async (c) => {
    const { planCode } = c.req.valid('param');
    const asOf = c.req.valid('query').asOf ?? kazakhstanToday();
    const status = await getPlanIndicatorStatus(c.get('deps').pool, planCode, asOf);
    if (!status) throw missing('no_plan', planCode, '');
    return c.json(status, 200);
  });

  app.openapi(detailRoute, async (c) => {
    const { planCode, code } = c.req.valid('param');
    const asOf = c.req.valid('query').asOf ?? kazakhstanToday();
    const result = await getIndicatorDetail(c.get('deps').pool, planCode, code, asOf);
    if (result.kind !== 'found') throw missing(result.kind, planCode, code);
    return c.json(result.detail, 200);
  });

  app.openapi(contributionsRoute, async (c) => {
    const { planCode, code } = c.req.valid('param');
    const query = c.req.valid('query');
    const result = await getIndicatorContributions(c.get('deps').pool, planCode, code, {
      by: query.by,
      asOf: query.asOf ?? kazakhstanToday(),
      ...(query.period ? { period: query.period } : {}),
    });
    if (result.kind !== 'found') throw missing(result.kind, planCode, code);
    return c.json(result.contributions, 200);
  });
}
