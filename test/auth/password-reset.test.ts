// Admins reset a forgotten password: through POST /api/v1/users/{id}/password and through
// `zhospar user password EMAIL`. The old password stops working, every session of the user ends, a
// lockout is lifted, and the reset is audited as `user.password_reset` without password material.
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/main';
import { UserError } from '../../src/cli/output';
import type { User } from '../../src/contracts/api/auth';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { createUser, signIn, type TestUser } from '../support/auth';
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

let nextAddress = 0;
const freshAddress = () => `203.0.113.${(nextAddress += 1)}`;
const attempt = (email: string, password: string) => call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email, password }, address: freshAddress() });
const reset = (userId: number, body: unknown, as: { token?: string; cookie?: string; csrfToken?: string } = { token: admin.token }) =>
  call(app, `/api/v1/users/${userId}/password`, { method: 'POST', body, ...as });

async function passwordState(userId: number) {
  const { rows } = await db.pool.query<{ password_hash: string; version: number; failed_sign_ins: number; locked_until: Date | null }>(
    'select password_hash, version, failed_sign_ins, locked_until from users where id = $1',
    [userId],
  );
  return rows[0]!;
}

async function resetRows(userId: number) {
  const { rows } = await db.pool.query<{ actorId: number | null; action: string; before: unknown; after: unknown; text: string }>(
    `select actor_id as "actorId", action, before, after, row_to_json(a)::text as text
       from audit_log a where entity_type = 'user' and entity_id = $1 and action = 'user.password_reset' order by id`,
    [String(userId)],
  );
  return rows;
}

describe('POST /api/v1/users/{id}/password', () => {
  it('sets the password the admin sends: the old one fails, the new one works, sessions end', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
    const session = await signIn(app, user.email, user.password);
    const before = await passwordState(user.userId);
    const newPassword = 'a new passphrase set by the admin';

    const answer = await reset(user.userId, { newPassword });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('cache-control')).toBe('no-store');

    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(401);
    expect((await attempt(user.email, user.password)).status).toBe(401);
    await expect(signIn(app, user.email, newPassword)).resolves.toHaveProperty('cookie');
    const after = await passwordState(user.userId);
    expect(after.version).toBe(before.version + 1);
    // API tokens are not passwords: they stay valid.
    expect((await call(app, '/api/v1/auth/me', { token: user.token })).status).toBe(200);

    const rows = await resetRows(user.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.userId,
      before: { passwordChangedAt: expect.any(String), version: before.version },
      after: { passwordChangedAt: expect.any(String), version: before.version + 1 },
    });
    for (const secret of [user.password, newPassword, before.password_hash, after.password_hash]) expect(rows[0]!.text).not.toContain(secret);
    expect(rows[0]!.text).not.toMatch(/argon|hash|password"/i);
  });

  it('generates a password when none is sent and returns it once', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const answer = await reset(user.userId, {});
    expect(answer.status).toBe(200);
    const password = (answer.body as { password: string }).password;
    expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}$/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect((await attempt(user.email, user.password)).status).toBe(401);
    await expect(signIn(app, user.email, password)).resolves.toHaveProperty('cookie');
    const rows = await resetRows(user.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).not.toContain(password);
    expect((await call<User>(app, `/api/v1/users/${user.userId}`, { token: admin.token })).body).not.toHaveProperty('password');
  });

  it('lifts a lockout: the user signs in right after the reset', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['reviewer'] });
    for (let i = 1; i <= 4; i += 1) expect((await attempt(user.email, `wrong password number ${i}`)).status).toBe(401);
    expect((await attempt(user.email, 'wrong password number 5')).status).toBe(429);
    expect((await passwordState(user.userId)).locked_until).not.toBeNull();

    const newPassword = 'the passphrase after the lockout';
    expect((await reset(user.userId, { newPassword })).status).toBe(204);
    expect(await passwordState(user.userId)).toMatchObject({ failed_sign_ins: 0, locked_until: null });
    expect((await attempt(user.email, newPassword)).status).toBe(200);
  });

  it('works from an admin session with the CSRF token, and ends the admin\'s own sessions when resetting their own', async () => {
    const other = await createUser(db.pool, { organizationCode: 'MIC', roles: ['admin'] });
    const session = await signIn(app, other.email, other.password);
    const target = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    expect((await reset(target.userId, { newPassword: 'forged without a token' }, { cookie: session.cookie })).status).toBe(403);
    await expect(signIn(app, target.email, target.password)).resolves.toHaveProperty('cookie');
    expect((await reset(target.userId, {}, session)).status).toBe(200);

    expect((await reset(other.userId, { newPassword: 'the admin resets their own' }, session)).status).toBe(204);
    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(401);
  });

  it('refuses non-admins with 403 and changes nothing', async () => {
    const target = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const session = await signIn(app, target.email, target.password);
    const before = await passwordState(target.userId);
    for (const role of ['coordinator', 'executor', 'reviewer', 'viewer'] as const) {
      const other = await createUser(db.pool, { organizationCode: 'MIC', roles: [role] });
      expect((await reset(target.userId, { newPassword: 'chosen by a non-admin' }, { token: other.token })).status).toBe(403);
      expect((await reset(target.userId, {}, { token: other.token })).status).toBe(403);
    }
    expect((await reset(target.userId, {}, {})).status).toBe(401);
    expect(await passwordState(target.userId)).toEqual(before);
    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(200);
    expect(await resetRows(target.userId)).toEqual([]);
  });

  it('answers 404 for an unknown user and 400 for a password that breaks the rules, writing nothing', async () => {
    const target = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const before = await passwordState(target.userId);
    const unknown = await reset(987654, { newPassword: 'a fine passphrase here' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const short = await reset(target.userId, { newPassword: 'too short' });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ detail: expect.stringMatching(/12 characters/) });
    expect((await reset(target.userId, { newPassword: target.email })).status).toBe(400);
    expect((await reset(target.userId, { newPassword: 42 })).status).toBe(400);
    expect(await passwordState(target.userId)).toEqual(before);
    expect(await resetRows(target.userId)).toEqual([]);
  });

  it('is in the OpenAPI document', async () => {
    const { body } = await call<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(app, '/api/openapi.json');
    expect(Object.keys(body.paths['/api/v1/users/{id}/password']!.post!.responses)).toEqual(expect.arrayContaining(['200', '204', '400', '401', '403', '404']));
  });
});

describe('zhospar user password', () => {
  let savedUrl: string | undefined;
  let stdout: string[];
  const realStdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  beforeAll(() => {
    savedUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = db.url;
  });
  afterAll(() => {
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedUrl;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Object.defineProperty(process, 'stdin', realStdin);
  });

  /** Runs the CLI with standard input piped (`stdin`) or a terminal (null). */
  async function zhospar(args: string[], stdin: string | null = null): Promise<void> {
    stdout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stream = stdin === null ? Object.assign(Readable.from([]), { isTTY: true }) : Readable.from([Buffer.from(stdin)]);
    Object.defineProperty(process, 'stdin', { value: stream, configurable: true });
    await buildProgram().parseAsync(['node', 'zhospar', ...args]);
  }

  it('generates a password at a terminal, prints it once, and it signs in', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['executor'] });
    const session = await signIn(app, user.email, user.password);
    await zhospar(['user', 'password', user.email.toUpperCase()]);
    const output = stdout.join('');
    const password = /Password \(shown only now; hand it over safely\): (\S+)/.exec(output)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}$/);
    expect(output.split(password!)).toHaveLength(2);
    expect(output).toMatch(new RegExp(`Reset the password of ${user.email.replace(/[.]/g, '\\.')}; 1 session ended`));
    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(401);
    expect((await attempt(user.email, user.password)).status).toBe(401);
    await expect(signIn(app, user.email, password!)).resolves.toHaveProperty('cookie');
    const rows = await resetRows(user.userId);
    expect(rows.map((r) => [r.actorId, r.action])).toEqual([[null, 'user.password_reset']]);
    expect(rows[0]!.text).not.toContain(password);
  });

  it('takes a piped password without printing it', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const piped = 'piped passphrase for the reset';
    await zhospar(['user', 'password', user.email], `${piped}\n`);
    expect(stdout.join('')).not.toMatch(/Password|piped passphrase/);
    await expect(signIn(app, user.email, piped)).resolves.toHaveProperty('cookie');
  });

  it('names an unknown address and a password that breaks the rules', async () => {
    await expect(zhospar(['user', 'password', 'ghost@example.kz'])).rejects.toThrow(/no user with the e-mail address ghost@example\.kz/);
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    await expect(zhospar(['user', 'password', user.email], 'short\n')).rejects.toBeInstanceOf(UserError);
    await expect(signIn(app, user.email, user.password)).resolves.toHaveProperty('cookie');
  });
});
