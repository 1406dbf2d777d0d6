// `zhospar user` and `zhospar token` against a real test database (DATABASE_URL points at it).
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { buildProgram } from '../../src/cli/main';
import { UserError } from '../../src/cli/output';
import { createApp } from '../../src/server/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { signIn } from '../support/auth';
import { call } from './requests';

let db: TestDatabase;
let savedUrl: string | undefined;
let stdout: MockInstance<typeof process.stdout.write>;
let stderr: MockInstance<typeof process.stderr.write>;
const realStdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;

beforeAll(async () => {
  db = await createTestDatabase();
  savedUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = db.url;
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  await db.drop();
});
beforeEach(() => {
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  useStdin(null);
});
afterEach(() => {
  vi.restoreAllMocks();
  Object.defineProperty(process, 'stdin', realStdin);
});

/** Standard input as a pipe carrying `text`, or a terminal when null. */
function useStdin(text: string | null) {
  const stream = text === null ? Object.assign(Readable.from([]), { isTTY: true }) : Readable.from([Buffer.from(text)]);
  Object.defineProperty(process, 'stdin', { value: stream, configurable: true });
}

const written = (spy: MockInstance<typeof process.stdout.write>) => spy.mock.calls.map((c) => String(c[0])).join('');

async function zhospar(...args: string[]): Promise<void> {
  await buildProgram().parseAsync(['node', 'zhospar', ...args]);
}

describe('zhospar user', () => {
  it('adds a user with a piped password, trimming the final line break', async () => {
    useStdin('piped password of the admin\n');
    await zhospar('user', 'add', '--email', 'Admin@Example.kz', '--name', 'Aigerim Admin', '--org', 'mic', '--role', 'admin', '--role', 'coordinator');
    expect(written(stdout)).toMatch(/Added admin@example\.kz \(id \d+\) of MIC with the roles admin, coordinator/);
    expect(written(stdout)).not.toMatch(/Password/);
    const app = createApp({ pool: db.pool, version: 'test', webRoot: null });
    const session = await signIn(app, 'admin@example.kz', 'piped password of the admin');
    expect(session.csrfToken).toBeTruthy();
  });

  it('generates a password at a terminal and prints it once', async () => {
    await zhospar('user', 'add', '--email', 'viewer@example.kz', '--name', 'Viewer', '--org', 'MIC', '--role', 'viewer');
    const password = /Password \(shown only now; hand it over safely\): (\S+)/.exec(written(stdout))?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){4}$/);
    const app = createApp({ pool: db.pool, version: 'test', webRoot: null });
    await expect(signIn(app, 'viewer@example.kz', password!)).resolves.toHaveProperty('cookie');
  });

  it('names the unknown organisation, role or duplicate address', async () => {
    await expect(zhospar('user', 'add', '--email', 'x@example.kz', '--name', 'X', '--org', 'NOPE', '--role', 'viewer')).rejects.toThrow(/no organisation with the code "NOPE"/);
    await expect(zhospar('user', 'add', '--email', 'x@example.kz', '--name', 'X', '--org', 'MIC', '--role', 'boss')).rejects.toThrow(/Unknown role "boss"; the roles are admin/);
    await expect(zhospar('user', 'add', '--email', 'viewer@example.kz', '--name', 'X', '--org', 'MIC', '--role', 'viewer')).rejects.toThrow(/already exists/);
    useStdin('short\n');
    await expect(zhospar('user', 'add', '--email', 'y@example.kz', '--name', 'Y', '--org', 'MIC', '--role', 'viewer')).rejects.toBeInstanceOf(UserError);
  });

  it('lists users as a table and as JSON', async () => {
    await zhospar('user', 'list');
    expect(written(stdout)).toMatch(/admin@example\.kz\s+Aigerim Admin\s+MIC\s+admin,coordinator\s+active/);
    stdout.mockClear();
    await zhospar('user', 'list', '--json');
    const users = JSON.parse(written(stdout)) as Array<{ email: string; roles: string[] }>;
    expect(users.map((u) => u.email)).toEqual(['admin@example.kz', 'viewer@example.kz']);
    expect(JSON.stringify(users)).not.toMatch(/hash|argon/);
  });

  it('disables a user, whose sessions and tokens stop working', async () => {
    const app = createApp({ pool: db.pool, version: 'test', webRoot: null });
    const session = await signIn(app, 'admin@example.kz', 'piped password of the admin');
    await zhospar('user', 'disable', 'ADMIN@example.kz');
    expect(written(stdout)).toMatch(/Disabled admin@example\.kz/);
    expect((await call(app, '/api/v1/auth/me', { cookie: session.cookie })).status).toBe(401);
    await zhospar('user', 'disable', 'admin@example.kz');
    expect(written(stdout)).toMatch(/already disabled/);
    await expect(zhospar('user', 'disable', 'ghost@example.kz')).rejects.toThrow(/no user with the e-mail address ghost@example\.kz/);
  });
});

describe('zhospar token', () => {
  it('creates a token printed alone on standard output, which authenticates', async () => {
    await zhospar('token', 'create', '--email', 'viewer@example.kz', '--name', 'import script');
    const token = written(stdout).trim();
    expect(token).toMatch(/^zsp_[A-Za-z0-9_-]{43}$/);
    expect(written(stderr)).toMatch(/shown only now/);
    const app = createApp({ pool: db.pool, version: 'test', webRoot: null });
    expect((await call(app, '/api/v1/auth/me', { token })).body).toMatchObject({ user: { email: 'viewer@example.kz' } });

    stdout.mockClear();
    await zhospar('token', 'revoke', token.slice(0, 10));
    expect(written(stdout)).toMatch(/Revoked API token \d+ "import script"/);
    expect((await call(app, '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('revokes by id and every token of a user', async () => {
    await zhospar('token', 'create', '--email', 'viewer@example.kz');
    await zhospar('token', 'create', '--email', 'viewer@example.kz');
    const [first, second] = written(stdout).trim().split('\n');
    const { rows } = await db.pool.query<{ id: number }>('select id from api_tokens where revoked_at is null order by id');
    stdout.mockClear();
    await zhospar('token', 'revoke', String(rows[0]!.id));
    expect(written(stdout)).toMatch(new RegExp(`Revoked API token ${rows[0]!.id}`));
    await zhospar('token', 'revoke', '--email', 'viewer@example.kz', '--all');
    expect(written(stdout)).toMatch(/Revoked 1 token\(s\) of viewer@example\.kz/);
    const app = createApp({ pool: db.pool, version: 'test', webRoot: null });
    for (const token of [first!, second!]) expect((await call(app, '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('explains what it needs', async () => {
    await expect(zhospar('token', 'create', '--email', 'ghost@example.kz')).rejects.toThrow(/no user with the e-mail address/);
    await expect(zhospar('token', 'revoke')).rejects.toThrow(/Name the token/);
    await expect(zhospar('token', 'revoke', '--all')).rejects.toThrow(/--email E --all/);
    await expect(zhospar('token', 'revoke', '99999')).rejects.toThrow(/No API token has the id or prefix "99999"/);
  });
});
