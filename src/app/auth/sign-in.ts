// Signs a person in with e-mail and password and opens a server-side session. Brute force is met
// twice: per client address (failed attempts per minute, answered 429) and per account (five
// failures in a row lock it for 15 minutes). Counters live in the database, so every app process
// sees the same counts. An unknown address costs the same argon2 verification as a wrong password
// and is locked the same way, so responses do not tell which addresses have accounts. Sign-ins,
// sessions and the lockout counters are not audited: they change no record's state (auth-audit.ts).
import type pg from 'pg';
import { AUTH_POLICY, type AuthPolicy } from '../../core/access/auth-policy';
import { normalizeEmail } from '../../core/access/password-rules';
import { absoluteSessionEnd } from '../../core/access/session-rules';
import { AFTER_SUCCESSFUL_SIGN_IN, afterFailedSignIn, isLocked, secondsUntil } from '../../core/access/sign-in-lockout';
import { secondsUntilWindowEnds, windowStart } from '../../core/access/rate-window';
import { deleteCountersBefore, incrementCounter, readCounter } from '../../db/repositories/rate-limits';
import { deleteEndedSessions, insertSession } from '../../db/repositories/sessions';
import { findUserForSignIn, saveSignInState, type UserRecord } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import { verifyPassword } from './passwords';
import { csrfTokenFor, randomSecret, sha256Hex } from './secrets';

export type SignInResult =
  | { kind: 'signed_in'; user: UserRecord; sessionSecret: string; csrfToken: string; expiresAt: Date }
  /** Wrong e-mail or password: deliberately one answer for both. */
  | { kind: 'invalid' }
  | { kind: 'disabled' }
  | { kind: 'locked'; retryAfterSeconds: number }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

export interface SignInInput {
  email: string;
  password: string;
  /** The client's IP address as the server sees it; 'unknown' when there is none. */
  clientAddress: string;
  now?: Date;
  policy?: AuthPolicy;
}

const addressKey = (address: string) => `sign-in-failures:address:${address}`;
const unknownEmailKey = (email: string) => `sign-in-failures:email:${sha256Hex(email)}`;

export async function signIn(pool: pg.Pool, input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const policy = input.policy ?? AUTH_POLICY;
  const email = normalizeEmail(input.email);

  const addressWindow = windowStart(now, policy.addressWindowMs);
  if ((await readCounter(pool, addressKey(input.clientAddress), addressWindow)) >= policy.failedSignInsPerAddress) {
    return { kind: 'rate_limited', retryAfterSeconds: secondsUntilWindowEnds(now, policy.addressWindowMs) };
  }

  const user = await findUserForSignIn(pool, email, false);
  // Unknown addresses are "locked" by a counter in windows as long as a lockout.
  const emailWindow = windowStart(now, policy.lockoutMs);
  if (user && isLocked(user, now)) return { kind: 'locked', retryAfterSeconds: secondsUntil(user.lockedUntil!, now) };
  if (!user && (await readCounter(pool, unknownEmailKey(email), emailWindow)) >= policy.maxFailedSignIns) {
    return { kind: 'locked', retryAfterSeconds: secondsUntilWindowEnds(now, policy.lockoutMs) };
  }

  const isPasswordRight = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!isPasswordRight || !user) {
    await incrementCounter(pool, addressKey(input.clientAddress), addressWindow);
    const lockedUntil = user ? await recordFailure(pool, email, now, policy) : await recordUnknownFailure(pool, email, emailWindow, now, policy);
    return lockedUntil ? { kind: 'locked', retryAfterSeconds: secondsUntil(lockedUntil, now) } : { kind: 'invalid' };
  }
  if (user.isDisabled) return { kind: 'disabled' };

  const sessionSecret = randomSecret();
  const expiresAt = absoluteSessionEnd(now, policy);
  await withTransaction(pool, async (client) => {
    if (user.failedSignIns > 0 || user.lockedUntil) await saveSignInState(client, user.id, AFTER_SUCCESSFUL_SIGN_IN);
    await insertSession(client, { id: sha256Hex(sessionSecret), userId: user.id, now, expiresAt });
  });
  await forgetStaleRecords(pool, now, policy);
  return { kind: 'signed_in', user, sessionSecret, csrfToken: csrfTokenFor(sessionSecret), expiresAt };
}

/** Counts a failure against the account under a row lock; returns the lockout end when it locks. */
async function recordFailure(pool: pg.Pool, email: string, now: Date, policy: AuthPolicy): Promise<Date | null> {
  return withTransaction(pool, async (client) => {
    const current = await findUserForSignIn(client, email, true);
    if (!current) return null;
    const next = afterFailedSignIn(current, now, policy);
    await saveSignInState(client, current.id, next);
    return isLocked(next, now) ? next.lockedUntil : null;
  });
}

async function recordUnknownFailure(pool: pg.Pool, email: string, window: Date, now: Date, policy: AuthPolicy): Promise<Date | null> {
  const count = await incrementCounter(pool, unknownEmailKey(email), window);
  return count >= policy.maxFailedSignIns ? new Date(now.getTime() + secondsUntilWindowEnds(now, policy.lockoutMs) * 1000) : null;
}

/** Sign-ins are rare enough to carry the housekeeping: ended sessions and old counter windows go. */
async function forgetStaleRecords(pool: pg.Pool, now: Date, policy: AuthPolicy): Promise<void> {
  await deleteEndedSessions(pool, now, policy.sessionIdleMs);
  const longestWindow = Math.max(policy.addressWindowMs, policy.lockoutMs);
  await deleteCountersBefore(pool, new Date(now.getTime() - 2 * longestWindow));
}
