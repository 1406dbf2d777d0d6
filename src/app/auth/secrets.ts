// Random secrets and their hashes. Session cookies and API tokens carry 32 random bytes; the
// database keeps only SHA-256 of them, which is enough for secrets this long (no salt or slow
// hash needed: nobody can guess 256 random bits, unlike a password).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_TOKEN_PREFIX = 'zsp_';
/** Characters of a token kept in clear (after `zsp_`) so that lists can show which token is which. */
const SHOWN_PREFIX_LENGTH = 8;

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function newApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomSecret()}`;
  return { token, tokenHash: sha256Hex(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + SHOWN_PREFIX_LENGTH) };
}

/**
 * The CSRF token of a session: an HMAC keyed by the session's secret (the cookie value). Only a
 * script that can read our pages' responses learns it, the database does not hold it, and every
 * app process derives the same value without shared state.
 */
export function csrfTokenFor(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('zhospar-csrf-v1').digest('base64url');
}

/** Compares two secrets in time that does not depend on where they differ. */
export function isSameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
