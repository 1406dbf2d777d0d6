// Who a request's credentials belong to: a session cookie's secret or a personal API token. Both
// stop working at once when the user is disabled, because the user row is read on every request.
import type pg from 'pg';
import { AUTH_POLICY, type AuthPolicy } from '../../core/access/auth-policy';
import { isActivityWorthRecording, isSessionActive } from '../../core/access/session-rules';
import { findApiTokenByHash, touchApiToken } from '../../db/repositories/api-tokens';
import { deleteSession, findSessionWithUser, touchSession, type SessionRecord } from '../../db/repositories/sessions';
import type { UserRecord } from '../../db/repositories/users';
import { csrfTokenFor, sha256Hex } from './secrets';

export interface AuthenticatedSession {
  user: UserRecord;
  session: SessionRecord;
  csrfToken: string;
}

export async function authenticateSession(
  pool: pg.Pool,
  sessionSecret: string,
  now = new Date(),
  policy: AuthPolicy = AUTH_POLICY,
): Promise<AuthenticatedSession | null> {
  const found = await findSessionWithUser(pool, sha256Hex(sessionSecret));
  if (!found || found.user.isDisabled) return null;
  if (!isSessionActive(found.session, now, policy)) {
    await deleteSession(pool, found.session.id);
    return null;
  }
  if (isActivityWorthRecording(found.session.lastSeenAt, now, policy)) await touchSession(pool, found.session.id, now);
  return { user: found.user, session: found.session, csrfToken: csrfTokenFor(sessionSecret) };
}

export async function authenticateApiToken(pool: pg.Pool, token: string, now = new Date(), policy: AuthPolicy = AUTH_POLICY): Promise<UserRecord | null> {
  const found = await findApiTokenByHash(pool, sha256Hex(token));
  if (!found || found.token.revokedAt !== null || found.user.isDisabled) return null;
  if (isActivityWorthRecording(found.token.lastUsedAt, now, policy)) await touchApiToken(pool, found.token.id, now, policy.activityWriteGapMs);
  return found.user;
}
