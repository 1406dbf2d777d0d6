// An organisation's obligations (all, overdue, due soon), its performance, and its iCalendar feed.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { listSchema } from '../../contracts/api/common';
import { LANGUAGES } from '../../contracts/localized';
import {
  obligationSchema,
  organizationCodeParamSchema,
  organizationObligationsQuerySchema,
  performanceQuerySchema,
  performanceSchema,
} from '../../contracts/api/obligations';
import { authenticateApiToken } from '../../app/auth/authenticate';
import { actorOf } from '../../app/auth/actor-of';
import { findOrganizationObligations } from '../../app/obligations/list-obligations';
import { buildOrganizationFeed } from '../../app/obligations/organization-feed';
import { getOrganizationPerformance } from '../../app/obligations/organization-performance';
import { currentActor, requireActor } from '../auth/guards';
import { SIGNED_IN } from '../auth/openapi-security';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { HttpProblem } from '../problem';
import { asWorkflowProblem } from './workflow-problem';

const tags = ['Obligations'];

const obligationsRoute = createRoute({
  method: 'get',
  path: '/api/v1/organizations/{code}/obligations',
  tags,
  summary: "An organisation's obligations: all, overdue or due soon",
  description: 'Measures it leads or co-executes (`role=lead` for led ones only), earliest due first. Statuses as you may see them.',
  request: { params: organizationCodeParamSchema, query: organizationObligationsQuerySchema },
  responses: { 200: jsonContent(listSchema(obligationSchema, 'OrganizationObligationList'), 'A page of obligations.'), 404: problemContent('No such organisation.'), ...standardProblems },
});

const performanceRoute = createRoute({
  method: 'get',
  path: '/api/v1/organizations/{code}/performance',
  tags,
  security: SIGNED_IN,
  summary: "An organisation's reporting rate and timeliness",
  request: { params: organizationCodeParamSchema, query: performanceQuerySchema },
  responses: {
    200: jsonContent(performanceSchema, 'Counts and rates over the obligations it leads.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Neither a member of the organisation nor an internal reader.'),
    404: problemContent('No such organisation.'),
    ...standardProblems,
  },
});

const feedRoute = createRoute({
  method: 'get',
  path: '/api/v1/organizations/{code}/obligations.ics',
  tags,
  summary: "Subscribe to an organisation's due dates (iCalendar)",
  description:
    'For calendar programs, which cannot send headers: the personal API token goes in the URL. It must belong to a member of the organisation, a coordinator or an admin. Treat the URL as a secret; revoke the token to end the subscription.',
  request: {
    params: organizationCodeParamSchema,
    query: z.object({
      token: z.string().min(1).max(200).optional().meta({ description: 'A personal API token.' }),
      lang: z.enum(LANGUAGES).default('ru').meta({ description: 'Language of the event texts.' }),
    }),
  },
  responses: {
    200: { description: 'An iCalendar (RFC 5545) feed: one all-day event per obligation.', content: { 'text/calendar': { schema: z.string() } } },
    401: problemContent('No token, or a token that does not work.'),
    403: problemContent('The token\u2019s user may not follow this organisation.'),
    404: problemContent('No such organisation.'),
    ...standardProblems,
  },
});

export function registerOrganizationFeedRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(obligationsRoute, async (c) => {
    const { code } = c.req.valid('param');
    return c.json(await asWorkflowProblem(findOrganizationObligations(c.get('deps').pool, currentActor(c), code, c.req.valid('query'))), 200);
  });

  app.openapi(performanceRoute, async (c) => {
    const actor = requireActor(c);
    const { code } = c.req.valid('param');
    return c.json(await asWorkflowProblem(getOrganizationPerformance(c.get('deps').pool, actor, code, c.req.valid('query'))), 200);
  });

  app.openapi(feedRoute, async (c) => {
    const { pool } = c.get('deps');
    const { token, lang } = c.req.valid('query');
    let actor = currentActor(c);
    if (token) {
      const user = await authenticateApiToken(pool, token);
      if (!user) throw new HttpProblem(401, 'The token in the feed address is not valid: it is unknown or revoked, or its user is disabled.');
      actor = actorOf(user, 'token');
    }
    if (!actor) throw new HttpProblem(401, 'Add ?token=<personal API token> to the feed address.');
    const origin = new URL(c.req.url).origin;
    const body = await asWorkflowProblem(buildOrganizationFeed(pool, actor, c.req.valid('param').code, lang, origin));
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${c.req.valid('param').code.toUpperCase()}-obligations.ics"`,
      'Cache-Control': 'private, no-store',
    });
  });
}
