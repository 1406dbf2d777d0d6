// The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
// POSTs), Secure whenever the request came over HTTPS, directly or through a TLS-terminating proxy.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../context';

export const SESSION_COOKIE = 'zhospar_session';

export function isSecureRequest(c: Context<AppEnv>): boolean {
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return new URL(c.req.url).protocol === 'https:' || forwarded === 'https';
}

export function readSessionSecret(c: Context<AppEnv>): string | null {
  const value = getCookie(c, SESSION_COOKIE);
  // A secret is 43 base64url characters; anything else cannot be ours and is not looked up.
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export function hasSessionCookie(c: Context<AppEnv>): boolean {
  return getCookie(c, SESSION_COOKIE) !== undefined;
}

export function setSessionCookie(c: Context<AppEnv>, secret: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'Lax', path: '/', secure: isSecureRequest(c), expires: expiresAt });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', path: '/', secure: isSecureRequest(c) });
}
