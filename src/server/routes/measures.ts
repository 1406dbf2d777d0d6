import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listSchema } from '../../contracts/api/common';
import { planCodeParamSchema } from '../../contracts/api/plans';
import { measureDetailSchema, measureIdParamSchema, measureListQuerySchema, measureSummarySchema } from '../../contracts/api/measures';
import { getMeasure } from '../../db/repositories/measures';
import { findPlanMeasuresJson } from '../../app/find-plan-measures';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { notFound } from '../problem';
import { sendEncodedBody } from '../send-encoded-body';

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/plans/{planCode}/measures',
  tags: ['Measures'],
  summary: "A plan's measures, filtered and paged",
  request: { params: planCodeParamSchema, query: measureListQuerySchema },
  responses: {
    200: jsonContent(listSchema(measureSummarySchema, 'MeasureList'), 'A page of measures in number order.'),
    404: problemContent('No plan has this code.'),
    ...standardProblems,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/measures/{id}',
  tags: ['Measures'],
  summary: 'A measure with every field',
  request: { params: measureIdParamSchema },
  responses: { 200: jsonContent(measureDetailSchema, 'The measure.'), 404: problemContent('No measure has this id.'), ...standardProblems },
});

export function registerMeasureRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const { planCode } = c.req.valid('param');
    const query = c.req.valid('query');
    const body = await findPlanMeasuresJson(c.get('deps').pool, planCode, query);
    if (body === null) throw notFound(`There is no plan with the code "${planCode}".`);
    // Already the MeasureList shape, serialised and compressed once per register version (see the use case).
    return sendEncodedBody(c, body) as never;
  });

  app.openapi(getRoute, async (c) => {
    const { id } = c.req.valid('param');
    const measure = await getMeasure(c.get('deps').pool, id);
    if (!measure) throw notFound(`There is no measure with the id ${id}.`);
    return c.json(measure, 200);
  });
}
