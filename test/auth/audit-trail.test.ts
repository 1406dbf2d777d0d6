// Changes to people and access are audited in the transaction of the change: users created,
// changed, disabled and enabled, passwords changed, API tokens created and revoked. Rows name the
// actor (the signed-in user through the API, the system through the CLI) and hold public fields
// only: no password, password hash, token or token hash. A refused change writes no row.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostname, userInfo } from 'node:os';
import { Readable } from 'node:stream';
import { buildProgram } from '../../src/cli/main';
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

interface AuditRow {
  id: number;
  at: Date;
  actorId: number | null;
  systemActor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

async function auditRows(where = 'true', values: unknown[] = []): Promise<AuditRow[]> {
  const { rows } = await db.pool.query<AuditRow>(
    `select id, at, actor_id as "actorId", system_actor as "systemActor", action, entity_type as "entityType", entity_id as "entityId", before, after
       from audit_log where ${where} order by id`,
    values,
  );
  return rows;
}

const rowsOf = (entityType: string, entityId: number) => auditRows('entity_type = $1 and entity_id = $2', [entityType, String(entityId)]);

async function auditCount(): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>('select count(*)::int as n from audit_log');
  return rows[0]!.n;
}

/** The text of every audit row about people and access, to search for secrets. */
async function accessAuditText(): Promise<string> {
  const { rows } = await db.pool.query<{ text: string }>(
    `select coalesce(string_agg(row_to_json(a)::text, E'\\n'), '') as text from audit_log a where entity_type in ('user', 'api_token')`,
  );
  return rows[0]!.text;
}

async function passwordHashOf(userId: number): Promise<string> {
  const { rows } = await db.pool.query<{ password_hash: string }>('select password_hash from users where id = $1', [userId]);
  return rows[0]!.password_hash;
}

describe('through the API', () => {
  it('audits creating, changing, disabling and enabling a user, a password change, and a token created and revoked', async () => {
    const firstPassword = 'first passphrase of the audited user';
    const secondPassword = 'second passphrase of the audited user';

    // Created by the admin.
    const created = await call<{ user: User }>(app, '/api/v1/users', {
      method: 'POST',
      token: admin.token,
      body: { email: 'Audited@Example.kz', name: 'Audited Person', organizationCode: 'mic', roles: ['executor'], password: firstPassword },
    });
    expect(created.status).toBe(201);
    const userId = created.body.user.id;
    const publicFields = { id: userId, email: 'audited@example.kz', name: 'Audited Person', organizationCode: 'MIC' };
    expect(await rowsOf('user', userId)).toEqual([
      expect.objectContaining({
        actorId: admin.userId,
        systemActor: null,
        action: 'user.created',
        entityType: 'user',
        entityId: String(userId),
        before: null,
        after: { ...publicFields, roles: ['executor'], isDisabled: false, version: 1 },
      }),
    ]);
    const firstHash = await passwordHashOf(userId);

    // Roles changed, then disabled, then enabled again, by the admin.
    const patch = (version: number, body: Record<string, unknown>) =>
      call<User>(app, `/api/v1/users/${userId}`, { method: 'PATCH', token: admin.token, headers: { 'if-match': `"${version}"` }, body });
    expect((await patch(1, { roles: ['executor', 'viewer'] })).status).toBe(200);
    expect((await patch(2, { isDisabled: true })).status).toBe(200);
    expect((await patch(3, { isDisabled: false, name: 'Audited Person Again' })).status).toBe(200);
    const changes = (await rowsOf('user', userId)).slice(1);
    expect(changes.map((r) => [r.actorId, r.action])).toEqual([
      [admin.userId, 'user.updated'],
      [admin.userId, 'user.disabled'],
      [admin.userId, 'user.enabled'],
    ]);
    expect(changes[0]).toMatchObject({
      before: { ...publicFields, roles: ['executor'], isDisabled: false, version: 1 },
      after: { ...publicFields, roles: ['executor', 'viewer'], isDisabled: false, version: 2 },
    });
    expect(changes[1]).toMatchObject({
      before: { ...publicFields, roles: ['executor', 'viewer'], isDisabled: false, version: 2 },
      after: { ...publicFields, roles: ['executor', 'viewer'], isDisabled: true, version: 3 },
    });
    expect(changes[2]!.before).toEqual({ ...publicFields, roles: ['executor', 'viewer'], isDisabled: true, version: 3 });
    expect(changes[2]!.after).toEqual({ ...publicFields, name: 'Audited Person Again', roles: ['executor', 'viewer'], isDisabled: false, version: 4 });

    // Signing in changes no record: no audit row.
    const countBeforeSignIn = await auditCount();
    const session = await signIn(app, 'audited@example.kz', firstPassword);
    expect(await auditCount()).toBe(countBeforeSignIn);

    // The user changes their own password.
    const changed = await call(app, '/api/v1/auth/password', {
      method: 'POST',
      cookie: session.cookie,
      csrfToken: session.csrfToken,
      body: { currentPassword: firstPassword, newPassword: secondPassword },
    });
    expect(changed.status).toBe(204);
    const passwordRows = (await rowsOf('user', userId)).filter((r) => r.action === 'user.password_changed');
    expect(passwordRows).toEqual([expect.objectContaining({ actorId: userId, entityType: 'user', entityId: String(userId) })]);
    expect(passwordRows[0]!.before).toEqual({ passwordChangedAt: expect.any(String), version: 4 });
    expect(passwordRows[0]!.after).toEqual({ passwordChangedAt: expect.any(String), version: 5 });
    const secondHash = await passwordHashOf(userId);
    expect(secondHash).not.toBe(firstHash);

    // The user creates a token while signed in, and revokes it.
    const issued = await call<{ id: number; token: string; prefix: string }>(app, '/api/v1/auth/tokens', {
      method: 'POST',
      cookie: session.cookie,
      csrfToken: session.csrfToken,
      body: { name: 'audited script' },
    });
    expect(issued.status).toBe(201);
    const tokenId = issued.body.id;
    const tokenFields = { id: tokenId, name: 'audited script', prefix: issued.body.prefix, userId };
    expect(await rowsOf('api_token', tokenId)).toEqual([
      expect.objectContaining({ actorId: userId, action: 'api_token.created', before: null, after: { ...tokenFields, revokedAt: null } }),
    ]);
    const revoke = () => call(app, `/api/v1/auth/tokens/${tokenId}`, { method: 'DELETE', cookie: session.cookie, csrfToken: session.csrfToken });
    expect((await revoke()).status).toBe(204);
    const { rows: revokedAt } = await db.pool.query<{ revoked_at: Date }>('select revoked_at from api_tokens where id = $1', [tokenId]);
    const tokenRows = await rowsOf('api_token', tokenId);
    expect(tokenRows.slice(1)).toEqual([
      expect.objectContaining({
        actorId: userId,
        action: 'api_token.revoked',
        before: { ...tokenFields, revokedAt: null },
        after: { ...tokenFields, revokedAt: revokedAt[0]!.revoked_at.toISOString() },
      }),
    ]);
    // Revoking it again changes nothing and records nothing.
    expect((await revoke()).status).toBe(204);
    expect(await rowsOf('api_token', tokenId)).toHaveLength(2);

    // No secret anywhere in the rows about people and access.
    const { rows: tokenHash } = await db.pool.query<{ token_hash: string }>('select token_hash from api_tokens where id = $1', [tokenId]);
    const text = await accessAuditText();
    expect(text).toContain(issued.body.prefix);
    for (const secret of [firstPassword, secondPassword, firstHash, secondHash, issued.body.token, tokenHash[0]!.token_hash, admin.password, admin.token]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/argon2|password_?hash|token_?hash|"token"/i);
  });

  it('writes no row for a refused change: a stale version, a forbidden one, a duplicate address, a wrong current password', async () => {
    const target = await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'] });
    const countBefore = await auditCount();

    const stale = await call(app, `/api/v1/users/${target.userId}`, { method: 'PATCH', token: admin.token, headers: { 'if-match': '"7"' }, body: { roles: ['admin'] } });
    expect(stale.status).toBe(409);
    const self = await call(app, `/api/v1/users/${admin.userId}`, { method: 'PATCH', token: admin.token, body: { version: 1, isDisabled: true } });
    expect(self.status).toBe(403);
    const duplicate = await call(app, '/api/v1/users', { method: 'POST', token: admin.token, body: { email: target.email, name: 'Twin', organizationCode: 'MIC', roles: ['viewer'] } });
    expect(duplicate.status).toBe(409);
    const wrongPassword = await call(app, '/api/v1/auth/password', { method: 'POST', token: target.token, body: { currentPassword: 'not the password at all', newPassword: 'a new passphrase here' } });
    expect(wrongPassword.status).toBe(403);

    expect(await auditCount()).toBe(countBefore);
    const { rows } = await db.pool.query<{ roles: string[]; version: number }>(
      'select array(select role from user_roles where user_id = u.id) as roles, version from users u where id = $1',
      [target.userId],
    );
    expect(rows[0]).toEqual({ roles: ['viewer'], version: 1 });
  });
});

describe('through the command line', () => {
  let savedUrl: string | undefined;
  beforeAll(() => {
    savedUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = db.url;
  });
  afterAll(() => {
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedUrl;
  });
  const realStdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  let stdout: string[];
  beforeEach(() => {
    stdout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Object.defineProperty(process, 'stdin', realStdin);
  });

  async function zhospar(args: string[], stdin: string | null = null): Promise<void> {
    const stream = stdin === null ? Object.assign(Readable.from([]), { isTTY: true }) : Readable.from([Buffer.from(stdin)]);
    Object.defineProperty(process, 'stdin', { value: stream, configurable: true });
    await buildProgram().parseAsync(['node', 'zhospar', ...args]);
  }

  it('audits user add, token create, token revoke and user disable as the command and the account that ran it', async () => {
    const password = 'piped passphrase of the cli user';
    await zhospar(['user', 'add', '--email', 'cli.user@example.kz', '--name', 'CLI User', '--org', 'MIC', '--role', 'viewer'], `${password}\n`);
    const { rows: users } = await db.pool.query<{ id: number; password_hash: string }>("select id, password_hash from users where email = 'cli.user@example.kz'");
    const userId = users[0]!.id;
    const publicFields = { id: userId, email: 'cli.user@example.kz', name: 'CLI User', organizationCode: 'MIC', roles: ['viewer'] };

    stdout = [];
    await zhospar(['token', 'create', '--email', 'cli.user@example.kz', '--name', 'cli script']);
    const token = stdout.join('').trim();
    const { rows: tokens } = await db.pool.query<{ id: number; prefix: string; token_hash: string }>('select id, prefix, token_hash from api_tokens where user_id = $1', [userId]);
    const tokenId = tokens[0]!.id;
    await zhospar(['token', 'revoke', String(tokenId)]);
    await zhospar(['token', 'create', '--email', 'cli.user@example.kz']);
    await zhospar(['token', 'revoke', '--email', 'cli.user@example.kz', '--all']);
    await zhospar(['user', 'disable', 'cli.user@example.kz']);
    await zhospar(['user', 'disable', 'cli.user@example.kz']);

    const userRows = await rowsOf('user', userId);
    expect(userRows.map((r) => [r.actorId, r.action, r.before, r.after])).toEqual([
      [null, 'user.created', null, { ...publicFields, isDisabled: false, version: 1 }],
      [null, 'user.disabled', { ...publicFields, isDisabled: false, version: 1 }, { ...publicFields, isDisabled: true, version: 2 }],
    ]);
    const account = `${userInfo().username}@${hostname()}`;
    expect(userRows.map((r) => r.systemActor)).toEqual([`zhospar user add (${account})`, `zhospar user disable (${account})`]);
    const { rows: allTokens } = await db.pool.query<{ id: number }>('select id from api_tokens where user_id = $1 order by id', [userId]);
    expect(allTokens).toHaveLength(2);
    const secondTokenId = allTokens[1]!.id;
    const tokenRows = await auditRows("entity_type = 'api_token' and (after->>'userId')::bigint = $1", [userId]);
    expect(tokenRows.map((r) => [r.actorId, r.action, Number(r.entityId)])).toEqual([
      [null, 'api_token.created', tokenId],
      [null, 'api_token.revoked', tokenId],
      [null, 'api_token.created', secondTokenId],
      [null, 'api_token.revoked', secondTokenId],
    ]);
    expect(tokenRows.map((r) => r.systemActor)).toEqual(['create', 'revoke', 'create', 'revoke'].map((command) => `zhospar token ${command} (${account})`));
    const tokenFields = { id: tokenId, name: 'cli script', prefix: tokens[0]!.prefix, userId };
    expect([tokenRows[0]!.before, tokenRows[0]!.after]).toEqual([null, { ...tokenFields, revokedAt: null }]);
    expect([tokenRows[1]!.before, tokenRows[1]!.after]).toEqual([{ ...tokenFields, revokedAt: null }, { ...tokenFields, revokedAt: expect.any(String) }]);

    const text = await accessAuditText();
    for (const secret of [password, users[0]!.password_hash, token, tokens[0]!.token_hash]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/argon2|password_?hash|token_?hash|"token"/i);
  });
});
