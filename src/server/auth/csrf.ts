// Cross-site request forgery: the session cookie goes with every request the browser makes, even
// one a hostile page starts, so a state-changing request made with it must also carry the
// session's CSRF token in a header, which other sites can neither read nor set.
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { isSameSecret } from '../../app/auth/secrets';
import { trustsProxy } from './client-address';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export function hasValidCsrfToken(c: Context<AppEnv>, expected: string): boolean {
  const sent = c.req.header(CSRF_HEADER);
  return sent !== undefined && isSameSecret(sent, expected);
}

/**
 * Sign-in has no session yet, so no token: it checks that a browser's Origin (sent on every
 * cross-origin POST) names this server, which stops a hostile page from signing the visitor in
 * to an account of the attacker's (login CSRF). Clients that send no Origin are not browsers.
 */
export function isSameOriginOrNone(c: Context<AppEnv>): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" from sandboxed frames and privacy-sensitive redirects
  }
  const forwardedHost = trustsProxy() ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = forwardedHost || c.req.header('host') || new URL(c.req.url).host;
  return originHost.toLowerCase() === host.toLowerCase();
}
