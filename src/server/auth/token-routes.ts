// Personal API tokens of the signed-in user.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listSchema } from '../../contracts/api/common';
import { apiTokenIdParamSchema, apiTokenSchema, createApiTokenRequestSchema, createdApiTokenSchema } from '../../contracts/api/auth';
import { createApiToken } from '../../app/auth/create-api-token';
import { revokeOwnApiToken } from '../../app/auth/revoke-api-tokens';
import { listApiTokens } from '../../db/repositories/api-tokens';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { HttpProblem } from '../problem';
import { asProblem } from './auth-problem';
import { SESSION_ONLY, SIGNED_IN } from './openapi-security';
import { requireActor } from './guards';
import { presentApiToken } from './presenters';

const tags = ['Authentication'];

const createTokenRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/tokens',
  tags,
  security: SESSION_ONLY,
  summary: 'Create a personal API token (shown once)',
  description: 'Only from a signed-in session: a token cannot create further tokens, so a leaked token cannot entrench itself.',
  request: { body: { content: { 'application/json': { schema: createApiTokenRequestSchema } }, required: true } },
  responses: {
    201: jsonContent(createdApiTokenSchema, 'The new token; copy it now, it is not shown again.'),
    401: problemContent('Not signed in.'),
    403: problemContent('Made with an API token, or without the CSRF token.'),
    ...standardProblems,
  },
});

const listTokensRoute = createRoute({
  method: 'get',
  path: '/api/v1/auth/tokens',
  tags,
  security: SIGNED_IN,
  summary: 'Your personal API tokens, revoked ones included',
  responses: { 200: jsonContent(listSchema(apiTokenSchema, 'ApiTokenList'), 'Newest first.'), 401: problemContent('Not signed in.'), ...standardProblems },
});

const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/api/v1/auth/tokens/{id}',
  tags,
  security: SIGNED_IN,
  summary: 'Revoke one of your API tokens',
  request: { params: apiTokenIdParamSchema },
  responses: {
    204: { description: 'Revoked: requests with it now get 401.' },
    401: problemContent('Not signed in.'),
    404: problemContent('You have no token with this id.'),
    ...standardProblems,
  },
});

export function registerTokenRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(createTokenRoute, async (c) => {
    const actor = requireActor(c);
    if (actor.via !== 'session') throw new HttpProblem(403, 'Create API tokens while signed in (or with `zhospar token create`), not with another token.');
    const { name } = c.req.valid('json');
    const { record, token } = await asProblem(createApiToken(c.get('deps').pool, { userId: actor.userId, name }, actor.userId));
    c.header('Cache-Control', 'no-store');
    return c.json({ ...presentApiToken(record), token }, 201);
  });

  app.openapi(listTokensRoute, async (c) => {
    const actor = requireActor(c);
    const items = (await listApiTokens(c.get('deps').pool, { userId: actor.userId })).map(presentApiToken);
    return c.json({ items, total: items.length, limit: items.length, offset: 0 }, 200);
  });

  app.openapi(revokeTokenRoute, async (c) => {
    const actor = requireActor(c);
    await asProblem(revokeOwnApiToken(c.get('deps').pool, actor.userId, c.req.valid('param').id));
    return c.body(null, 204);
  });
}
