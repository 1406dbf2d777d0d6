// Signing in and out, the current user, and changing one's password.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { abilitiesOf } from '../../core/access/abilities';
import { AUTH_POLICY } from '../../core/access/auth-policy';
import { passwordChangeRequestSchema, sessionInfoSchema, signInRequestSchema } from '../../contracts/api/auth';
import { actorOf } from '../../app/auth/actor-of';
import { changePassword } from '../../app/auth/change-password';
import { csrfTokenFor } from '../../app/auth/secrets';
import { signIn } from '../../app/auth/sign-in';
import { signOut } from '../../app/auth/sign-out';
import { findUserById } from '../../db/repositories/users';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { HttpProblem } from '../problem';
import { asProblem } from './auth-problem';
import { SIGNED_IN } from './openapi-security';
import { clientAddress } from './client-address';
import { isSameOriginOrNone } from './csrf';
import { requireActor } from './guards';
import { presentUser } from './presenters';
import { clearSessionCookie, readSessionSecret, setSessionCookie } from './session-cookie';

const tags = ['Authentication'];

const signInRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/sign-in',
  tags,
  summary: 'Sign in with e-mail and password',
  description:
    'Sets the `zhospar_session` cookie (HttpOnly, SameSite=Lax, Secure over HTTPS). Send the returned `csrfToken` as `X-CSRF-Token` on every state-changing request.',
  request: { body: { content: { 'application/json': { schema: signInRequestSchema } }, required: true } },
  responses: {
    200: jsonContent(sessionInfoSchema, 'Signed in.'),
    401: problemContent('The e-mail address or the password is not right (one answer for both).'),
    403: problemContent('The account is disabled, or the request came from another site.'),
    429: problemContent('Too many failed sign-ins from this address, or the account is temporarily locked; `Retry-After` says for how many seconds.'),
    ...standardProblems,
  },
});

const signOutRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/sign-out',
  tags,
  security: SIGNED_IN,
  summary: 'Sign out: end this session',
  responses: { 204: { description: 'Signed out (also when the session had already ended).' }, 403: problemContent('The CSRF token is missing or wrong.'), ...standardProblems },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/v1/auth/me',
  tags,
  security: SIGNED_IN,
  summary: 'The signed-in user, their abilities and the CSRF token',
  responses: { 200: jsonContent(sessionInfoSchema, 'The current user.'), 401: problemContent('Not signed in.'), ...standardProblems },
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/api/v1/auth/password',
  tags,
  security: SIGNED_IN,
  summary: 'Change your password; your other sessions end',
  request: { body: { content: { 'application/json': { schema: passwordChangeRequestSchema } }, required: true } },
  responses: {
    204: { description: 'Changed. Every other session of the user has ended; this one stays. API tokens stay valid.' },
    400: problemContent('The new password does not meet the rules (at least 12 characters, not the e-mail address).'),
    401: problemContent('Not signed in.'),
    403: problemContent('The current password is not right, or the CSRF token is missing.'),
    500: standardProblems[500],
  },
});

function minutes(seconds: number): string {
  const n = Math.ceil(seconds / 60);
  return n === 1 ? '1 minute' : `${n} minutes`;
}

export function registerSessionRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(signInRoute, async (c) => {
    if (!isSameOriginOrNone(c)) throw new HttpProblem(403, 'Sign-in must come from a Zhospar page of this server, not from another site.');
    const { email, password } = c.req.valid('json');
    const { pool } = c.get('deps');
    c.header('Cache-Control', 'no-store');
    const result = await signIn(pool, { email, password, clientAddress: clientAddress(c) });
    switch (result.kind) {
      case 'rate_limited':
        c.header('Retry-After', String(result.retryAfterSeconds));
        throw new HttpProblem(429, `Too many failed sign-ins from your network. Try again in ${result.retryAfterSeconds} seconds.`);
      case 'locked':
        c.header('Retry-After', String(result.retryAfterSeconds));
        throw new HttpProblem(
          429,
          `This account is locked for ${minutes(result.retryAfterSeconds)} after ${AUTH_POLICY.maxFailedSignIns} failed sign-ins in a row. Try again later.`,
        );
      case 'invalid':
        throw new HttpProblem(401, 'The e-mail address or the password is not right.');
      case 'disabled':
        throw new HttpProblem(403, 'This account is disabled. Ask an administrator of Zhospar to enable it.');
    }
    const previous = readSessionSecret(c);
    if (previous) await signOut(pool, previous);
    setSessionCookie(c, result.sessionSecret, result.expiresAt);
    const abilities = abilitiesOf(actorOf(result.user, 'session'));
    return c.json({ user: presentUser(result.user), abilities, csrfToken: result.csrfToken }, 200);
  });

  app.openapi(signOutRoute, async (c) => {
    const secret = readSessionSecret(c);
    if (secret) await signOut(c.get('deps').pool, secret);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => {
    const actor = requireActor(c);
    const user = await findUserById(c.get('deps').pool, actor.userId);
    if (!user) throw new HttpProblem(401, 'Your account no longer exists.');
    const secret = actor.via === 'session' ? readSessionSecret(c) : null;
    c.header('Cache-Control', 'no-store');
    return c.json({ user: presentUser(user), abilities: abilitiesOf(actor), csrfToken: secret ? csrfTokenFor(secret) : null }, 200);
  });

  app.openapi(passwordRoute, async (c) => {
    const actor = requireActor(c);
    const { currentPassword, newPassword } = c.req.valid('json');
    const keepSessionSecret = actor.via === 'session' ? readSessionSecret(c) : null;
    await asProblem(changePassword(c.get('deps').pool, { userId: actor.userId, currentPassword, newPassword, keepSessionSecret }));
    return c.body(null, 204);
  });
}
