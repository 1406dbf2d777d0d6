// Users for tests: created through the app layer (the same path as `zhospar user add`), each with a
// personal API token, and browser-like sign-in through the real route.
import type pg from 'pg';
import type { Actor } from '../../src/core/access/actor';
import type { Role } from '../../src/core/access/roles';
import { createUser as createUserRecord } from '../../src/app/auth/create-user';
import { createApiToken } from '../../src/app/auth/create-api-token';
import { actorOf } from '../../src/app/auth/actor-of';
import type { createApp } from '../../src/server/app';

export interface TestUser {
  userId: number;
  email: string;
  password: string;
  /** A personal API token: send as `Authorization: Bearer <token>`. */
  token: string;
  actor: Actor;
}

let serial = 0;

/** A user of the organisation with the roles, and an API token for it. */
export async function createUser(
  pool: pg.Pool,
  options: { organizationCode: string; roles: Role[]; email?: string; password?: string; name?: string },
): Promise<TestUser> {
  serial += 1;
  const email = options.email ?? `${options.roles.join('-') || 'user'}-${serial}-${process.pid}@test.zhospar.kz`;
  const password = options.password ?? `test password ${serial} of ${options.organizationCode}`;
  const { user } = await createUserRecord(pool, {
    email,
    name: options.name ?? `Test ${options.roles.join(' ')} ${serial}`,
    organizationCode: options.organizationCode,
    roles: options.roles,
    password,
  });
  const { token } = await createApiToken(pool, { userId: user.id, name: 'test' });
  return { userId: user.id, email: user.email, password, token, actor: actorOf(user, 'token') };
}

// A different client address for every sign-in, so that tests signing in many times do not meet
// the per-address sign-in limit (app.request() has no socket; this is what the node server sees).
let address = 0;
function nextClientEnv() {
  address += 1;
  return { incoming: { socket: { remoteAddress: `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}` } } };
}

/** Signs in through POST /api/v1/auth/sign-in; returns the Cookie header value and the CSRF token. */
export async function signIn(app: ReturnType<typeof createApp>, email: string, password: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await app.request(
    '/api/v1/auth/sign-in',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) },
    nextClientEnv(),
  );
  if (response.status !== 200) throw new Error(`Sign-in of ${email} failed with ${response.status}: ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken: body.csrfToken };
}
