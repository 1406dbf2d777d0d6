// User management for admins: permissions, creation, changes with versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { createUser, signIn, type TestUser } from '../support/auth';
import type { User } from '../../src/contracts/api/auth';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;
let admin: TestUser;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  admin = await createUser(db.pool, { organizationCode: 'MIC', roles: ['admin'] });
});
afterAll(async () => {
  await db.drop();
});

describe('permissions', () => {
  it('lets only admins list, create and change users', async () => {
    for (const role of ['coordinator', 'executor', 'reviewer', 'viewer'] as const) {
      const other = await createUser(db.pool, { organizationCode: 'MIC', roles: [role] });
      expect((await call(app, '/api/v1/users', { token: other.token })).status).toBe(403);
      expect((await call(app, '/api/v1/users', { method: 'POST', token: other.token, body: { email: 'z@example.kz', name: 'Z', organizationCode: 'MIC', roles: ['admin'] } })).status).toBe(403);
      expect((await call(app, `/api/v1/users/${other.userId}`, { method: 'PATCH', token: other.token, body: { version: 1, roles: ['admin'] } })).status).toBe(403);
    }
    expect((await call(app, '/api/v1/users')).status).toBe(401);
    const { rowCount } = await db.pool.query("select 1 from users where email = 'z@example.kz'");
    expect(rowCount).toBe(0);
  });
});

describe('creating users', () => {
  it('creates a user with a generated password shown once', async () => {
    const answer = await call<{ user: User; generatedPassword: string }>(app, '/api/v1/users', {
      method: 'POST',
      token: admin.token,
      body: { email: 'New.Executor@Example.kz', name: 'New Executor', organizationCode: 'mic', roles: ['executor'] },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.user).toMatchObject({ email: 'new.executor@example.kz', organizationCode: 'MIC', roles: ['executor'], version: 1 });
    expect(answer.body.generatedPassword.length).toBeGreaterThanOrEqual(20);
    await expect(signIn(app, 'new.executor@example.kz', answer.body.generatedPassword)).resolves.toHaveProperty('cookie');
  });

  it('takes a password set by the admin, checked against the rules', async () => {
    const ok = await call(app, '/api/v1/users', { method: 'POST', token: admin.token, body: { email: 'set@example.kz', name: 'Set', organizationCode: 'MIC', roles: ['viewer'], password: 'chosen by the admin' } });
    expect(ok.body).toMatchObject({ generatedPassword: null });
    const weak = await call(app, '/api/v1/users', { method: 'POST', token: admin.token, body: { email: 'weak@example.kz', name: 'Weak', organizationCode: 'MIC', roles: ['viewer'], password: 'weak' } });
    expect(weak.status).toBe(400);
  });

  it('names an unknown organisation and refuses a duplicate address with 409', async () => {
    const org = await call(app, '/api/v1/users', { method: 'POST', token: admin.token, body: { email: 'o@example.kz', name: 'O', organizationCode: 'NOPE', roles: ['viewer'] } });
    expect(org.status).toBe(400);
    expect(org.body).toMatchObject({ detail: expect.stringMatching(/NOPE/) });
    const dup = await call(app, '/api/v1/users', { method: 'POST', token: admin.token, body: { email: 'SET@example.kz', name: 'Dup', organizationCode: 'MIC', roles: ['viewer'] } });
    expect(dup.status).toBe(409);
  });

  it('lists users without any password material', async () => {
    const list = await call<{ items: User[]; total: number }>(app, '/api/v1/users?limit=100', { token: admin.token });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(list.body.items.length);
    expect(list.body.items.map((u) => u.email)).toContain('set@example.kz');
    expect(JSON.stringify(list.body)).not.toMatch(/argon|hash|password/i);
  });
});

describe('changing users', () => {
  it('changes roles with If-Match and bumps the version; a stale version gets 409 and changes nothing', async () => {
    const target = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const got = await call<User>(app, `/api/v1/users/${target.userId}`, { token: admin.token });
    expect(got.headers.get('etag')).toBe('"1"');
    const changed = await call<User>(app, `/api/v1/users/${target.userId}`, { method: 'PATCH', token: admin.token, headers: { 'if-match': '"1"' }, body: { roles: ['reviewer', 'viewer'] } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ roles: ['reviewer', 'viewer'], version: 2 });
    expect(changed.headers.get('etag')).toBe('"2"');

    const stale = await call(app, `/api/v1/users/${target.userId}`, { method: 'PATCH', token: admin.token, body: { version: 1, roles: ['admin'] } });
    expect(stale.status).toBe(409);
    const after = await call<User>(app, `/api/v1/users/${target.userId}`, { token: admin.token });
    expect(after.body).toMatchObject({ roles: ['reviewer', 'viewer'], version: 2 });
  });

  it('needs a version, from If-Match or the body', async () => {
    const target = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const none = await call(app, `/api/v1/users/${target.userId}`, { method: 'PATCH', token: admin.token, body: { name: 'No Version' } });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ detail: expect.stringMatching(/If-Match/) });
  });

  it('disables a user: their session and token stop at once; re-enabling restores the token', async () => {
    const target = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
    const session = await signIn(app, target.email, target.password);
    const disabled = await call<User>(app, `/api/v1/users/${target.userId}`, { method: 'PATCH', token: admin.token, body: { version: 1, isDisabled: true } });
    expect(disabled.body).toMatchObject({ isDisabled: true });
    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(401);
    expect((await call(app, '/api/v1/auth/me', { token: target.token })).status).toBe(401);
    await call(app, `/api/v1/users/${target.userId}`, { method: 'PATCH', token: admin.token, body: { version: 2, isDisabled: false } });
    expect((await call(app, '/api/v1/auth/me', { token: target.token })).status).toBe(200);
    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(401);
  });

  it('stops an admin from disabling themselves or dropping their own admin role', async () => {
    const self = await call(app, `/api/v1/users/${admin.userId}`, { method: 'PATCH', token: admin.token, body: { version: 1, isDisabled: true } });
    expect(self.status).toBe(403);
    const demote = await call(app, `/api/v1/users/${admin.userId}`, { method: 'PATCH', token: admin.token, body: { version: 1, roles: ['viewer'] } });
    expect(demote.status).toBe(403);
  });

  it('answers 404 for an unknown user', async () => {
    expect((await call(app, '/api/v1/users/999999', { method: 'PATCH', token: admin.token, body: { version: 1, name: 'X' } })).status).toBe(404);
  });
});

describe('filtering the user list', () => {
  // Users in an organisation no other test uses, so that the counts below are exact.
  const ORG = 'MNE';
  let people: Record<'aliya' | 'yolkin' | 'boris' | 'viewer', TestUser>;

  beforeAll(async () => {
    const tag = `f${process.pid}`;
    people = {
      aliya: await createUser(db.pool, { organizationCode: ORG, roles: ['executor'], name: 'Әлия Сейітқызы', email: `aliya.${tag}@filter.example.kz` }),
      yolkin: await createUser(db.pool, { organizationCode: ORG, roles: ['executor', 'reviewer'], name: 'Пётр Ёлкин', email: `petr.${tag}@filter.example.kz` }),
      boris: await createUser(db.pool, { organizationCode: ORG, roles: ['viewer'], name: 'Boris Vilks', email: `boris.${tag}@filter.example.kz` }),
      viewer: await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'], name: 'Other Org Filter', email: `other.${tag}@filter.example.kz` }),
    };
    const disabled = await call(app, `/api/v1/users/${people.boris.userId}`, { method: 'PATCH', token: admin.token, body: { version: 1, isDisabled: true } });
    expect(disabled.status).toBe(200);
  });

  async function emails(query: string): Promise<{ emails: string[]; total: number }> {
    const answer = await call<{ items: User[]; total: number }>(app, `/api/v1/users?${query}`, { token: admin.token });
    expect(answer.status).toBe(200);
    return { emails: answer.body.items.map((u) => u.email), total: answer.body.total };
  }

  it('finds text in the e-mail address or the name, case-insensitively and with ё as е', async () => {
    expect(await emails('q=FILTER.EXAMPLE')).toMatchObject({ total: 4 });
    expect(await emails(`q=${encodeURIComponent('ӘЛИЯ')}`)).toEqual({ emails: [people.aliya.email], total: 1 });
    expect(await emails(`q=${encodeURIComponent('елкин')}`)).toEqual({ emails: [people.yolkin.email], total: 1 });
    expect(await emails('q=BORIS.F')).toEqual({ emails: [people.boris.email], total: 1 });
    expect(await emails(`q=${encodeURIComponent('100%_')}`)).toEqual({ emails: [], total: 0 });
  });

  it('filters by organisation, role and disabled, and combines them', async () => {
    expect(await emails(`organization=${ORG.toLowerCase()}`)).toMatchObject({ emails: [people.aliya.email, people.boris.email, people.yolkin.email], total: 3 });
    const reviewers = await emails('role=reviewer&limit=500');
    expect(reviewers.emails).toContain(people.yolkin.email);
    expect(reviewers.emails).not.toContain(people.aliya.email);
    const disabled = await emails('disabled=true&limit=500');
    expect(disabled.emails).toContain(people.boris.email);
    expect(disabled.emails).not.toContain(people.aliya.email);
    expect((await emails('disabled=false&limit=500')).emails).not.toContain(people.boris.email);
    expect(await emails(`organization=${ORG}&role=executor&disabled=false&q=filter`)).toEqual({ emails: [people.aliya.email, people.yolkin.email], total: 2 });
    expect(await emails(`organization=${ORG}&role=viewer&disabled=false`)).toEqual({ emails: [], total: 0 });
  });

  it('pages a filtered list with the total of the whole filtered set', async () => {
    expect(await emails(`q=filter.example&limit=3&offset=0`)).toEqual({ emails: [people.aliya.email, people.boris.email, people.viewer.email], total: 4 });
    expect(await emails(`q=filter.example&limit=3&offset=3`)).toEqual({ emails: [people.yolkin.email], total: 4 });
    expect(await emails(`q=filter.example&limit=3&offset=9`)).toEqual({ emails: [], total: 4 });
  });

  it('finds a name changed later by its new spelling', async () => {
    const got = await call<User>(app, `/api/v1/users/${people.viewer.userId}`, { token: admin.token });
    const renamed = await call(app, `/api/v1/users/${people.viewer.userId}`, { method: 'PATCH', token: admin.token, body: { version: got.body.version, name: 'Ерлан Ёмкий' } });
    expect(renamed.status).toBe(200);
    expect(await emails(`q=${encodeURIComponent('ерлан емкий')}`)).toEqual({ emails: [people.viewer.email], total: 1 });
  });

  it('answers 400 naming the parameter for a bad value', async () => {
    for (const [query, parameter] of [
      ['disabled=yes', 'query.disabled'],
      ['role=owner', 'query.role'],
      ['organization=%25%25', 'query.organization'],
      [`q=${'x'.repeat(201)}`, 'query.q'],
    ] as const) {
      const answer = await call<{ detail: string; errors: Array<{ location: string }> }>(app, `/api/v1/users?${query}`, { token: admin.token });
      expect(answer.status, query).toBe(400);
      expect(answer.body.errors.map((e) => e.location)).toContain(parameter);
      expect(answer.body.detail).toContain(parameter);
    }
  });
});
