// The numbers behind sign-in, sessions and tokens, in one place so that code, tests and
// docs/security.md agree. Durations are in milliseconds.

export interface AuthPolicy {
  /** A session ends after this long without a request. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, however active. */
  sessionAbsoluteMs: number;
  /** last_seen_at (sessions) and last_used_at (tokens) are written at most this often. */
  activityWriteGapMs: number;
  /** Consecutive failed sign-ins that lock an account. */
  maxFailedSignIns: number;
  /** How long a lockout lasts. */
  lockoutMs: number;
  /** Failed sign-ins one client address may make in one window before it gets 429. */
  failedSignInsPerAddress: number;
  /** The window of the per-address limit. */
  addressWindowMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const AUTH_POLICY: AuthPolicy = {
  sessionIdleMs: 8 * HOUR,
  sessionAbsoluteMs: 7 * 24 * HOUR,
  activityWriteGapMs: MINUTE,
  maxFailedSignIns: 5,
  lockoutMs: 15 * MINUTE,
  failedSignInsPerAddress: 10,
  addressWindowMs: MINUTE,
};
