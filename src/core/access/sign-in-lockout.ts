// Temporary lockout after repeated failed sign-ins: the account, not the address, so that an
// attacker spreading guesses over many addresses is stopped too. Pure: the caller passes `now`.
import type { AuthPolicy } from './auth-policy';

export interface SignInState {
  failedSignIns: number;
  lockedUntil: Date | null;
}

export function isLocked(state: SignInState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** Whole seconds until the lockout ends (at least 1), for Retry-After. */
export function secondsUntil(moment: Date, now: Date): number {
  return Math.max(1, Math.ceil((moment.getTime() - now.getTime()) / 1000));
}

/**
 * The state after one more failed sign-in. A lockout that has ended starts the count afresh, so
 * that one wrong password after waiting does not lock the account again at once.
 */
export function afterFailedSignIn(state: SignInState, now: Date, policy: AuthPolicy): SignInState {
  const hasLockoutEnded = state.lockedUntil !== null && !isLocked(state, now);
  const failedSignIns = (hasLockoutEnded ? 0 : state.failedSignIns) + 1;
  const lockedUntil = failedSignIns >= policy.maxFailedSignIns ? new Date(now.getTime() + policy.lockoutMs) : hasLockoutEnded ? null : state.lockedUntil;
  return { failedSignIns, lockedUntil };
}

export const AFTER_SUCCESSFUL_SIGN_IN: SignInState = { failedSignIns: 0, lockedUntil: null };
