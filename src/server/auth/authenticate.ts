// Sets the actor of every API request: the owner of a Bearer token, else the user of the session
// cookie, else null (the public). A token that is sent but does not work (unknown, revoked, a
// disabled user) gets 401 rather than being quietly treated as the public, so a script learns at
// once. A session cookie that no longer works is cleared; see below for when it also gets 401.
// Requests made with the session cookie that change state must carry the session's CSRF token.
import type { MiddlewareHandler } from 'hono';
import { authenticateApiToken, authenticateSession } from '../../app/auth/authenticate';
import { actorOf } from '../../app/auth/actor-of';
import type { AppEnv } from '../context';
import { problemResponse } from '../problem';
import { hasValidCsrfToken, isStateChanging } from './csrf';
import { clearSessionCookie, hasSessionCookie, readSessionSecret } from './session-cookie';

/** Sign-in ignores any cookie (it checks Origin instead and replaces the session). */
const SIGN_IN_PATH = '/api/v1/auth/sign-in';
/** Signing out must work with a stale cookie. */
const SIGN_OUT_PATH = '/api/v1/auth/sign-out';

export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('actor', null);
  const path = new URL(c.req.url).pathname;
  // The web app's files are the same for everyone; only the API looks at credentials.
  if (!path.startsWith('/api/')) return next();
  const { pool } = c.get('deps');

  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (!token) return problemResponse(c, 401, 'The Authorization header must be "Bearer <token>" with a personal API token.');
    const user = await authenticateApiToken(pool, token);
    if (!user) return problemResponse(c, 401, 'The API token is not valid: it is unknown or revoked, or its user is disabled.');
    c.set('actor', actorOf(user, 'token'));
    return next(); // no cookie is involved, so there is nothing to forge: no CSRF check
  }

  if (path === SIGN_IN_PATH || !hasSessionCookie(c)) return next();
  const secret = readSessionSecret(c);
  const session = secret ? await authenticateSession(pool, secret) : null;
  if (!session) {
    clearSessionCookie(c);
    // A read with a stale cookie carries on as the public (the public portal must keep working for
    // someone whose session expired; what needs a user answers 401 through the guards). A change
    // made with one is refused, so that nothing is attempted on behalf of an ended session.
    if (path === SIGN_OUT_PATH || !isStateChanging(c.req.method)) return next();
    return problemResponse(c, 401, 'Your session has ended (signed out, expired or replaced). Please sign in again.');
  }
  if (isStateChanging(c.req.method) && !hasValidCsrfToken(c, session.csrfToken)) {
    return problemResponse(
      c,
      403,
      'This request needs the X-CSRF-Token header with the token from sign-in or GET /api/v1/auth/me (protection against cross-site request forgery).',
    );
  }
  c.set('actor', actorOf(session.user, 'session'));
  return next();
};
