import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { createUser, signIn, type TestUser } from '../support/auth';
import { call, sessionCookieOf, type App } from './requests';

let app: App;
let db: TestDatabase;
let executor: TestUser;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  executor = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'], email: 'Executor@Example.kz', password: 'a long enough password' });
});
afterAll(async () => {
  await db.drop();
});

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user, abilities and a CSRF token', async () => {
    const answer = await call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email: 'EXECUTOR@example.kz', password: executor.password }, address: '192.0.2.10' });
    expect(answer.status).toBe(200);
    const setCookie = answer.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^zhospar_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toMatchObject({
      user: { id: executor.userId, email: 'executor@example.kz', organizationCode: 'MIC', roles: ['executor'], isDisabled: false },
      abilities: { canWriteReports: true, canReviewReports: false, canManageUsers: false },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/argon2|hash/i);
  });

  it('stores only the hash of the session secret', async () => {
    const { cookie } = await signIn(app, executor.email, executor.password);
    const secret = cookie.split('=')[1]!;
    const { rows } = await db.pool.query('select id from sessions where user_id = $1', [executor.userId]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).not.toContain(secret);
  });

  it('marks the cookie Secure behind a TLS proxy', async () => {
    const answer = await call(app, '/api/v1/auth/sign-in', {
      method: 'POST',
      body: { email: executor.email, password: executor.password },
      headers: { 'x-forwarded-proto': 'https' },
      address: '192.0.2.11',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown address the same way', async () => {
    const wrong = await call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email: executor.email, password: 'not the password at all' }, address: '192.0.2.12' });
    const unknown = await call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email: 'nobody@example.kz', password: 'not the password at all' }, address: '192.0.2.12' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect({ ...(wrong.body as object), instance: null }).toEqual({ ...(unknown.body as object), instance: null });
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const answer = await call(app, '/api/v1/auth/sign-in', {
      method: 'POST',
      body: { email: executor.email, password: executor.password },
      headers: { origin: 'https://evil.example', host: 'localhost' },
      address: '192.0.2.13',
    });
    expect(answer.status).toBe(403);
    const same = await call(app, 'http://zhospar.gov.kz/api/v1/auth/sign-in', {
      method: 'POST',
      body: { email: executor.email, password: executor.password },
      headers: { origin: 'http://zhospar.gov.kz' },
      address: '192.0.2.13',
    });
    expect(same.status).toBe(200);
  });

  it('validates the request body', async () => {
    const answer = await call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email: 'not an address', password: '' } });
    expect(answer.status).toBe(400);
  });
});

describe('the current user', () => {
  it('answers /me with the user, abilities and the same CSRF token for the session', async () => {
    const session = await signIn(app, executor.email, executor.password);
    const me = await call(app, '/api/v1/auth/me', { cookie: session.cookie });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: executor.userId }, abilities: { canWriteReports: true }, csrfToken: session.csrfToken });
  });

  it('answers /me with a token too, without a CSRF token', async () => {
    const me = await call(app, '/api/v1/auth/me', { token: executor.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: executor.userId }, csrfToken: null });
  });

  it('answers 401 to the public, with the security headers', async () => {
    const me = await call(app, '/api/v1/auth/me');
    expect(me.status).toBe(401);
    expect(me.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(me.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(me.headers.get('x-content-type-options')).toBe('nosniff');
    expect(me.headers.get('strict-transport-security')).toBeTruthy();
    const forged = await call(app, '/api/v1/plans', { token: 'zsp_forged' });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('sign-out', () => {
  it('ends the session: the cookie no longer works and is cleared', async () => {
    const session = await signIn(app, executor.email, executor.password);
    const out = await call(app, '/api/v1/auth/sign-out', { method: 'POST', cookie: session.cookie, csrfToken: session.csrfToken });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/zhospar_session=;.*Max-Age=0/);
    const me = await call(app, '/api/v1/auth/me', { cookie: session.cookie });
    expect(me.status).toBe(401);
    expect(me.headers.get('set-cookie')).toMatch(/zhospar_session=;/);
  });

  it('succeeds with a cookie that has already ended, so a stale page can always sign out', async () => {
    const out = await call(app, '/api/v1/auth/sign-out', { method: 'POST', cookie: `zhospar_session=${'x'.repeat(43)}` });
    expect(out.status).toBe(204);
  });

  it('lets a stale cookie sign in again and replaces the previous session', async () => {
    const first = await signIn(app, executor.email, executor.password);
    const again = await call(app, '/api/v1/auth/sign-in', { method: 'POST', cookie: first.cookie, body: { email: executor.email, password: executor.password }, address: '192.0.2.14' });
    expect(again.status).toBe(200);
    expect(sessionCookieOf(again)).not.toBe(first.cookie);
    expect((await call(app, '/api/v1/auth/me', { cookie: first.cookie })).status).toBe(401);
  });
});
