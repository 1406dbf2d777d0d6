// Two app processes on one database, each with its own connection pool, as behind a load
// balancer: sessions, lockouts and rate-limit counters made through one are seen by the other.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createUser, signIn, type TestUser } from '../support/auth';
import { call, type App } from './requests';

let db: TestDatabase;
let otherPool: pg.Pool;
let first: App;
let second: App;
let user: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  otherPool = new pg.Pool({ connectionString: db.url, max: 3 });
  first = createApp({ pool: db.pool, version: 'test', webRoot: null });
  second = createApp({ pool: otherPool, version: 'test', webRoot: null });
  user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['reviewer'] });
});
afterAll(async () => {
  await otherPool.end();
  await db.drop();
});

describe('two app processes on one database', () => {
  it('accept a session created by either, with the same CSRF token, and end it for both on sign-out', async () => {
    const session = await signIn(first, user.email, user.password);
    const me = await call(second, '/api/v1/auth/me', { cookie: session.cookie });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: user.userId }, csrfToken: session.csrfToken });
    const created = await call(second, '/api/v1/auth/tokens', { method: 'POST', cookie: session.cookie, csrfToken: session.csrfToken, body: { name: 'via second' } });
    expect(created.status).toBe(201);

    expect((await call(second, '/api/v1/auth/sign-out', { method: 'POST', cookie: session.cookie, csrfToken: session.csrfToken })).status).toBe(204);
    expect((await call(first, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(401);
  });

  it('share a lockout: failures through one lock the account for the other', async () => {
    const target = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    for (let i = 0; i < 5; i += 1) {
      const app = i % 2 === 0 ? first : second;
      await call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email: target.email, password: `wrong guess ${i} here` }, address: `198.18.0.${i}` });
    }
    const locked = await call(second, '/api/v1/auth/sign-in', { method: 'POST', body: { email: target.email, password: target.password }, address: '198.18.1.1' });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ detail: expect.stringMatching(/locked/) });
    const lockedToo = await call(first, '/api/v1/auth/sign-in', { method: 'POST', body: { email: target.email, password: target.password }, address: '198.18.1.2' });
    expect(lockedToo.status).toBe(429);
  });

  it('share the per-address counter', async () => {
    const windowLeft = 60_000 - (Date.now() % 60_000);
    if (windowLeft < 5_000) await new Promise((resolve) => setTimeout(resolve, windowLeft + 50));
    const address = '198.18.2.1';
    for (let i = 0; i < 10; i += 1) {
      const app = i < 5 ? first : second;
      expect((await call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email: `guess${i}@example.kz`, password: 'wrong wrong wrong' }, address })).status).toBe(401);
    }
    const limited = await call(first, '/api/v1/auth/sign-in', { method: 'POST', body: { email: user.email, password: user.password }, address });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('stop a token revoked through one at once in the other', async () => {
    const target = await createUser(otherPool, { organizationCode: 'MIC', roles: ['viewer'] });
    expect((await call(first, '/api/v1/auth/me', { token: target.token })).status).toBe(200);
    const tokens = await call<{ items: Array<{ id: number }> }>(second, '/api/v1/auth/tokens', { token: target.token });
    const revoke = await call(second, `/api/v1/auth/tokens/${tokens.body.items[0]!.id}`, { method: 'DELETE', token: target.token });
    expect(revoke.status).toBe(204);
    expect((await call(first, '/api/v1/auth/me', { token: target.token })).status).toBe(401);
  });
});
