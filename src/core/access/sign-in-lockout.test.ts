import { describe, expect, it } from 'vitest';
import { AUTH_POLICY } from './auth-policy';
import { afterFailedSignIn, isLocked, secondsUntil, type SignInState } from './sign-in-lockout';

const now = new Date('2025-03-03T09:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('sign-in lockout', () => {
  it('locks the account for 15 minutes at the fifth consecutive failure', () => {
    let state: SignInState = { failedSignIns: 0, lockedUntil: null };
    for (let i = 1; i <= 4; i += 1) {
      state = afterFailedSignIn(state, now, AUTH_POLICY);
      expect(isLocked(state, now)).toBe(false);
    }
    state = afterFailedSignIn(state, now, AUTH_POLICY);
    expect(state).toEqual({ failedSignIns: 5, lockedUntil: later(15 * 60_000) });
    expect(isLocked(state, later(15 * 60_000 - 1))).toBe(true);
    expect(isLocked(state, later(15 * 60_000))).toBe(false);
  });

  it('starts counting afresh once a lockout has ended', () => {
    const ended: SignInState = { failedSignIns: 5, lockedUntil: later(-1) };
    expect(afterFailedSignIn(ended, now, AUTH_POLICY)).toEqual({ failedSignIns: 1, lockedUntil: null });
  });

  it('rounds the wait up to whole seconds', () => {
    expect(secondsUntil(later(1500), now)).toBe(2);
    expect(secondsUntil(later(-10), now)).toBe(1);
  });
});
