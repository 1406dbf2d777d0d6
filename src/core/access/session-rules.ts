// When a session is still valid, and when its last activity is worth writing down. Pure: the
// caller passes `now`.
import type { AuthPolicy } from './auth-policy';

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  /** The absolute end, fixed at sign-in. */
  expiresAt: Date;
}

export function absoluteSessionEnd(createdAt: Date, policy: AuthPolicy): Date {
  return new Date(createdAt.getTime() + policy.sessionAbsoluteMs);
}

/** The moment the session ends unless used again: the earlier of the idle and the absolute limit. */
export function sessionEndsAt(session: SessionTimes, policy: AuthPolicy): Date {
  return new Date(Math.min(session.lastSeenAt.getTime() + policy.sessionIdleMs, session.expiresAt.getTime()));
}

export function isSessionActive(session: SessionTimes, now: Date, policy: AuthPolicy): boolean {
  return now.getTime() < sessionEndsAt(session, policy).getTime();
}

/** Activity is written at most once per gap, so that a busy page does not write on every request. */
export function isActivityWorthRecording(lastSeenAt: Date | null, now: Date, policy: AuthPolicy): boolean {
  return lastSeenAt === null || now.getTime() - lastSeenAt.getTime() >= policy.activityWriteGapMs;
}
