// CSRF protection of cookie-authenticated changes, and personal API tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { createUser, signIn, type TestUser } from '../support/auth';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;
let user: TestUser;
let session: { cookie: string; csrfToken: string };

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
  session = await signIn(app, user.email, user.password);
});
afterAll(async () => {
  await db.drop();
});

const createToken = (options: { cookie?: string; csrfToken?: string; token?: string }) =>
  call<{ id: number; token: string; prefix: string }>(app, '/api/v1/auth/tokens', { method: 'POST', body: { name: 'statistics import' }, ...options });

describe('CSRF protection', () => {
  it('refuses a cookie-authenticated change without the X-CSRF-Token header', async () => {
    const answer = await createToken({ cookie: session.cookie });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ detail: expect.stringMatching(/X-CSRF-Token/) });
  });

  it('refuses a wrong token, including the token of another session', async () => {
    expect((await createToken({ cookie: session.cookie, csrfToken: 'wrong' })).status).toBe(403);
    const other = await signIn(app, user.email, user.password);
    expect((await createToken({ cookie: session.cookie, csrfToken: other.csrfToken })).status).toBe(403);
  });

  it('accepts the right token', async () => {
    expect((await createToken(session)).status).toBe(201);
  });

  it('needs no token for reads, nor for requests with a Bearer token (no cookie is involved)', async () => {
    expect((await call(app, '/api/v1/auth/tokens', { cookie: session.cookie })).status).toBe(200);
    const revoke = await call(app, '/api/v1/auth/tokens/999999', { method: 'DELETE', token: user.token });
    expect(revoke.status).toBe(404);
  });

  it('guards sign-out too', async () => {
    expect((await call(app, '/api/v1/auth/sign-out', { method: 'POST', cookie: session.cookie })).status).toBe(403);
    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('are created from a session, shown once and stored hashed', async () => {
    const created = await createToken(session);
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^zsp_[A-Za-z0-9_-]{43}$/);
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);
    const { rows } = await db.pool.query('select token_hash from api_tokens where id = $1', [created.body.id]);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const list = await call<{ items: Array<Record<string, unknown>> }>(app, '/api/v1/auth/tokens', { token: created.body.token });
    expect(list.body.items.find((t) => t.id === created.body.id)).toMatchObject({ name: 'statistics import', revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
  });

  it('cannot create further tokens', async () => {
    const answer = await createToken({ token: user.token });
    expect(answer.status).toBe(403);
  });

  it('act with the permissions of their user and record their use', async () => {
    const created = await createToken(session);
    const me = await call(app, '/api/v1/auth/me', { token: created.body.token });
    expect(me.body).toMatchObject({ user: { id: user.userId }, abilities: { canWriteReports: true, canManageUsers: false } });
    expect((await call(app, '/api/v1/users', { token: created.body.token })).status).toBe(403);
    const { rows } = await db.pool.query('select last_used_at from api_tokens where id = $1', [created.body.id]);
    expect(rows[0].last_used_at).toBeInstanceOf(Date);
  });

  it('stop working when revoked: 401, not the public', async () => {
    const created = await createToken(session);
    const revoke = await call(app, `/api/v1/auth/tokens/${created.body.id}`, { method: 'DELETE', cookie: session.cookie, csrfToken: session.csrfToken });
    expect(revoke.status).toBe(204);
    const answer = await call(app, '/api/v1/plans', { token: created.body.token });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ detail: expect.stringMatching(/not valid/) });
  });

  it('answer 401 for an unknown token or a malformed Authorization header', async () => {
    expect((await call(app, '/api/v1/plans', { token: `zsp_${'a'.repeat(43)}` })).status).toBe(401);
    expect((await call(app, '/api/v1/plans', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
  });

  it('cannot be revoked by another user', async () => {
    const created = await createToken(session);
    const stranger = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
    const answer = await call(app, `/api/v1/auth/tokens/${created.body.id}`, { method: 'DELETE', token: stranger.token });
    expect(answer.status).toBe(404);
    expect((await call(app, '/api/v1/auth/me', { token: created.body.token })).status).toBe(200);
  });
});
