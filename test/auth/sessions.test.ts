// Session expiry, password change and disabled users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { createUser, signIn } from '../support/auth';
import { sha256Hex } from '../../src/app/auth/secrets';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

const sessionIdOf = (cookie: string) => sha256Hex(cookie.split('=')[1]!);

describe('session expiry', () => {
  it('ends a session idle for 8 hours', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const { cookie } = await signIn(app, user.email, user.password);
    await db.pool.query("update sessions set last_seen_at = now() - interval '8 hours 1 second' where id = $1", [sessionIdOf(cookie)]);
    const me = await call(app, '/api/v1/auth/me', { cookie });
    expect(me.status).toBe(401);
    expect(me.headers.get('set-cookie')).toMatch(/zhospar_session=;/);
    const { rowCount } = await db.pool.query('select 1 from sessions where id = $1', [sessionIdOf(cookie)]);
    expect(rowCount).toBe(0);
  });

  it('ends an active session 7 days after sign-in', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const { cookie } = await signIn(app, user.email, user.password);
    await db.pool.query("update sessions set created_at = now() - interval '7 days', expires_at = now() - interval '1 second' where id = $1", [sessionIdOf(cookie)]);
    expect((await call(app, '/api/v1/auth/me', { cookie })).status).toBe(401);
  });

  it('slides with activity, writing last_seen_at at most once a minute', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const { cookie } = await signIn(app, user.email, user.password);
    const id = sessionIdOf(cookie);
    await db.pool.query("update sessions set last_seen_at = now() - interval '7 hours' where id = $1", [id]);
    expect((await call(app, '/api/v1/auth/me', { cookie })).status).toBe(200);
    const touched = (await db.pool.query('select last_seen_at from sessions where id = $1', [id])).rows[0].last_seen_at as Date;
    expect(Date.now() - touched.getTime()).toBeLessThan(10_000);
    await db.pool.query("update sessions set last_seen_at = now() - interval '30 seconds' where id = $1", [id]);
    const before = (await db.pool.query('select last_seen_at from sessions where id = $1', [id])).rows[0].last_seen_at as Date;
    await call(app, '/api/v1/auth/me', { cookie });
    const after = (await db.pool.query('select last_seen_at from sessions where id = $1', [id])).rows[0].last_seen_at as Date;
    expect(after).toEqual(before);
  });

  it('refuses a cookie that is not one of ours with 401 and clears it', async () => {
    const me = await call(app, '/api/v1/auth/me', { cookie: 'zhospar_session=forged' });
    expect(me.status).toBe(401);
    expect(me.headers.get('set-cookie')).toMatch(/zhospar_session=;/);
  });

  it('serves public reads with a stale cookie as to the public, clearing it, but refuses changes with 401', async () => {
    const stale = `zhospar_session=${'y'.repeat(43)}`;
    const read = await call(app, '/api/v1/plans', { cookie: stale });
    expect(read.status).toBe(200);
    expect(read.headers.get('set-cookie')).toMatch(/zhospar_session=;/);
    const change = await call(app, '/api/v1/auth/tokens', { method: 'POST', cookie: stale, csrfToken: 'anything', body: { name: 'x' } });
    expect(change.status).toBe(401);
    expect(change.body).toMatchObject({ detail: expect.stringMatching(/session has ended/) });
  });
});

describe('password change', () => {
  it('ends every other session, keeps this one, and only the new password works', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
    const here = await signIn(app, user.email, user.password);
    const elsewhere = await signIn(app, user.email, user.password);
    const changed = await call(app, '/api/v1/auth/password', {
      method: 'POST',
      cookie: here.cookie,
      csrfToken: here.csrfToken,
      body: { currentPassword: user.password, newPassword: 'a brand new passphrase' },
    });
    expect(changed.status).toBe(204);
    expect((await call(app, '/api/v1/auth/me', { cookie: here.cookie })).status).toBe(200);
    expect((await call(app, '/api/v1/auth/me', { cookie: elsewhere.cookie })).status).toBe(401);
    await expect(signIn(app, user.email, user.password)).rejects.toThrow(/401/);
    await expect(signIn(app, user.email, 'a brand new passphrase')).resolves.toHaveProperty('cookie');
    // API tokens are not passwords and keep working.
    expect((await call(app, '/api/v1/auth/me', { token: user.token })).status).toBe(200);
  });

  it('refuses a wrong current password and a weak new one', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
    const s = await signIn(app, user.email, user.password);
    const wrong = await call(app, '/api/v1/auth/password', { method: 'POST', cookie: s.cookie, csrfToken: s.csrfToken, body: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' } });
    expect(wrong.status).toBe(403);
    const weak = await call(app, '/api/v1/auth/password', { method: 'POST', cookie: s.cookie, csrfToken: s.csrfToken, body: { currentPassword: user.password, newPassword: 'short' } });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ detail: expect.stringMatching(/at least 12 characters/) });
    const email = await call(app, '/api/v1/auth/password', { method: 'POST', cookie: s.cookie, csrfToken: s.csrfToken, body: { currentPassword: user.password, newPassword: user.email } });
    expect(email.status).toBe(400);
  });
});

describe('disabled users', () => {
  it('stops their sessions and tokens at once, and refuses their sign-in', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['coordinator'] });
    const session = await signIn(app, user.email, user.password);
    await db.pool.query('update users set is_disabled = true where id = $1', [user.userId]);
    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(401);
    expect((await call(app, '/api/v1/auth/me', { token: user.token })).status).toBe(401);
    expect((await call(app, '/api/v1/plans', { token: user.token })).status).toBe(401);
    const again = await call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email: user.email, password: user.password }, address: '192.0.2.90' });
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ detail: expect.stringMatching(/disabled/) });
  });
});
