import { describe, expect, it } from 'vitest';
import { AUTH_POLICY } from './auth-policy';
import { absoluteSessionEnd, isActivityWorthRecording, isSessionActive, sessionEndsAt } from './session-rules';

const HOUR = 3_600_000;
const signIn = new Date('2025-03-03T09:00:00Z');
const at = (ms: number) => new Date(signIn.getTime() + ms);
const session = (lastSeenMs: number) => ({ createdAt: signIn, lastSeenAt: at(lastSeenMs), expiresAt: absoluteSessionEnd(signIn, AUTH_POLICY) });

describe('session expiry', () => {
  it('ends after 8 idle hours', () => {
    expect(isSessionActive(session(0), at(8 * HOUR - 1), AUTH_POLICY)).toBe(true);
    expect(isSessionActive(session(0), at(8 * HOUR), AUTH_POLICY)).toBe(false);
  });

  it('slides with activity but never past 7 days from sign-in', () => {
    expect(isSessionActive(session(6 * 24 * HOUR), at(6 * 24 * HOUR + 7 * HOUR), AUTH_POLICY)).toBe(true);
    const late = session(7 * 24 * HOUR - HOUR);
    expect(sessionEndsAt(late, AUTH_POLICY)).toEqual(at(7 * 24 * HOUR));
    expect(isSessionActive(late, at(7 * 24 * HOUR), AUTH_POLICY)).toBe(false);
  });

  it('records activity at most once a minute', () => {
    expect(isActivityWorthRecording(null, signIn, AUTH_POLICY)).toBe(true);
    expect(isActivityWorthRecording(signIn, at(59_999), AUTH_POLICY)).toBe(false);
    expect(isActivityWorthRecording(signIn, at(60_000), AUTH_POLICY)).toBe(true);
  });
});
