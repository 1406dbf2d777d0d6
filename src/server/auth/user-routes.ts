// User management for admins (permission user.manage). Changes name the version they are based
// on, as `If-Match: "<version>"` or `version` in the body; a stale one gets 409. A password reset
// needs no version: it replaces the password whatever it was.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listSchema } from '../../contracts/api/common';
import {
  createdUserSchema,
  createUserRequestSchema,
  generatedPasswordSchema,
  ifMatchHeaderSchema,
  passwordResetRequestSchema,
  updateUserRequestSchema,
  userIdParamSchema,
  userListQuerySchema,
  userSchema,
} from '../../contracts/api/auth';
import { createUser } from '../../app/auth/create-user';
import { resetPassword } from '../../app/auth/reset-password';
import { updateUser } from '../../app/auth/update-user';
import { findUserById, listUsers } from '../../db/repositories/users';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { HttpProblem, notFound } from '../problem';
import { asProblem } from './auth-problem';
import { SIGNED_IN } from './openapi-security';
import { requirePermission } from './guards';
import { presentUser, versionTag } from './presenters';

const tags = ['Users'];
const denied = { 401: problemContent('Not signed in.'), 403: problemContent('Only admins manage users.') };

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/users',
  tags,
  security: SIGNED_IN,
  summary: 'List users, filtered by text, organisation, role and disabled',
  request: { query: userListQuerySchema },
  responses: { 200: jsonContent(listSchema(userSchema, 'UserList'), 'A page of the matching users by e-mail; total counts every match.'), ...denied, ...standardProblems },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/api/v1/users',
  tags,
  security: SIGNED_IN,
  summary: 'Create a user with roles in an organisation',
  request: { body: { content: { 'application/json': { schema: createUserRequestSchema } }, required: true } },
  responses: {
    201: jsonContent(createdUserSchema, 'Created; a generated password is shown only now.'),
    ...denied,
    409: problemContent('A user with this e-mail address exists.'),
    ...standardProblems,
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/users/{id}',
  tags,
  security: SIGNED_IN,
  summary: 'A user (ETag carries the version)',
  request: { params: userIdParamSchema },
  responses: { 200: jsonContent(userSchema, 'The user.'), ...denied, 404: problemContent('No user has this id.'), ...standardProblems },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/api/v1/users/{id}',
  tags,
  security: SIGNED_IN,
  summary: 'Change a user: roles, name, organisation, disabled',
  request: { params: userIdParamSchema, headers: ifMatchHeaderSchema, body: { content: { 'application/json': { schema: updateUserRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(userSchema, 'The changed user.'),
    ...denied,
    404: problemContent('No user has this id.'),
    409: problemContent('The user was changed since the version sent; nothing was changed.'),
    ...standardProblems,
  },
});

const resetPasswordRoute = createRoute({
  method: 'post',
  path: '/api/v1/users/{id}/password',
  tags,
  security: SIGNED_IN,
  summary: 'Reset a user\'s password; their sessions end and a lockout is lifted',
  description:
    'Sets `newPassword`, or a generated password returned once when it is omitted. Every session of the user ends (yours too if you reset your own), the count of failed sign-ins and any lockout are cleared, and the version goes up. API tokens stay valid. Audited as `user.password_reset`, without any password material.',
  request: { params: userIdParamSchema, body: { content: { 'application/json': { schema: passwordResetRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(generatedPasswordSchema, 'Reset to a generated password, shown only now.'),
    204: { description: 'Reset to the password sent.' },
    400: problemContent('The new password does not meet the rules (at least 12 characters, not the e-mail address), or the body is not valid.'),
    ...denied,
    404: problemContent('No user has this id.'),
    500: standardProblems[500],
  },
});

/** The version from `If-Match` ("3", W/"3" or 3) or the body; both must agree when both are sent. */
function versionOf(ifMatch: string | undefined, bodyVersion: number | undefined): number {
  const fromHeader = ifMatch === undefined ? undefined : Number(/^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim())?.[1] ?? NaN);
  if (fromHeader !== undefined && !Number.isInteger(fromHeader)) throw new HttpProblem(400, `If-Match must be the user's version as an ETag, e.g. "3"; got ${ifMatch}.`);
  if (fromHeader !== undefined && bodyVersion !== undefined && fromHeader !== bodyVersion) {
    throw new HttpProblem(400, `If-Match (${fromHeader}) and version (${bodyVersion}) disagree; send one of them.`);
  }
  const version = fromHeader ?? bodyVersion;
  if (version === undefined) throw new HttpProblem(400, 'Send the version you are changing, as If-Match: "<version>" or as "version" in the body, so that no one else\'s change is overwritten.');
  return version;
}

export function registerUserRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    requirePermission(c, 'user.manage');
    const { q, organization, role, disabled, limit, offset } = c.req.valid('query');
    const page = await listUsers(c.get('deps').pool, {
      search: q,
      organizationCode: organization,
      role,
      isDisabled: disabled === undefined ? undefined : disabled === 'true',
      limit,
      offset,
    });
    return c.json({ items: page.items.map((user) => presentUser(user)), total: page.total, limit, offset }, 200);
  });

  app.openapi(createUserRoute, async (c) => {
    const actor = requirePermission(c, 'user.manage');
    const body = c.req.valid('json');
    const created = await asProblem(createUser(c.get('deps').pool, body, actor.userId));
    c.header('Cache-Control', 'no-store');
    c.header('ETag', versionTag(created.user.version));
    return c.json({ user: presentUser(created.user), generatedPassword: created.isPasswordGenerated ? created.password : null }, 201);
  });

  app.openapi(getRoute, async (c) => {
    requirePermission(c, 'user.manage');
    const { id } = c.req.valid('param');
    const user = await findUserById(c.get('deps').pool, id);
    if (!user) throw notFound(`There is no user with the id ${id}.`);
    c.header('ETag', versionTag(user.version));
    return c.json(presentUser(user), 200);
  });

  app.openapi(resetPasswordRoute, async (c) => {
    const actor = requirePermission(c, 'user.manage');
    const { id } = c.req.valid('param');
    const { newPassword } = c.req.valid('json');
    const reset = await asProblem(resetPassword(c.get('deps').pool, { user: { id }, newPassword }, actor.userId));
    c.header('Cache-Control', 'no-store');
    if (!reset.isPasswordGenerated) return c.body(null, 204);
    return c.json({ password: reset.password }, 200);
  });

  app.openapi(updateRoute, async (c) => {
    const actor = requirePermission(c, 'user.manage');
    const { id } = c.req.valid('param');
    const { version: bodyVersion, ...changes } = c.req.valid('json');
    const version = versionOf(c.req.valid('header')['if-match'], bodyVersion);
    const user = await asProblem(updateUser(c.get('deps').pool, actor, id, { ...changes, version }));
    c.header('ETag', versionTag(user.version));
    return c.json(presentUser(user), 200);
  });
}
