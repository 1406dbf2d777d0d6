// Brute-force defences: the per-account lockout and the per-address limit, both kept in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { createUser, type TestUser } from '../support/auth';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;
let user: TestUser;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['reviewer'] });
});
afterAll(async () => {
  await db.drop();
});

/** Waits out the last seconds of a fixed window, so that a burst of attempts falls in one window. */
async function awayFromWindowEdge(windowMs: number, marginMs = 5_000) {
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

let nextAddress = 0;
const freshAddress = () => `198.51.100.${(nextAddress += 1)}`;
const attempt = (email: string, password: string, address = freshAddress()) =>
  call(app, '/api/v1/auth/sign-in', { method: 'POST', body: { email, password }, address });

describe('account lockout', () => {
  it('locks the account at the fifth failure in a row, even with the right password afterwards', async () => {
    for (let i = 1; i <= 4; i += 1) expect((await attempt(user.email, `wrong password number ${i}`)).status).toBe(401);
    const fifth = await attempt(user.email, 'wrong password number 5');
    expect(fifth.status).toBe(429);
    expect(fifth.body).toMatchObject({ detail: expect.stringMatching(/locked for 15 minutes after 5 failed sign-ins/) });
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(14 * 60);

    const right = await attempt(user.email, user.password);
    expect(right.status).toBe(429);
    expect(right.headers.get('set-cookie')).toBeNull();
    const { rows } = await db.pool.query('select failed_sign_ins, locked_until from users where id = $1', [user.userId]);
    expect(rows[0].failed_sign_ins).toBe(5);
    expect(rows[0].locked_until.getTime()).toBeGreaterThan(Date.now());
  });

  it('shows the lock to admins', async () => {
    const admin = await createUser(db.pool, { organizationCode: 'MIC', roles: ['admin'] });
    const answer = await call(app, `/api/v1/users/${user.userId}`, { token: admin.token });
    expect(answer.body).toMatchObject({ lockedUntil: expect.any(String) });
  });

  it('lets the user in once the lockout has ended, and resets the count', async () => {
    await db.pool.query("update users set locked_until = now() - interval '1 second' where id = $1", [user.userId]);
    const answer = await attempt(user.email, user.password);
    expect(answer.status).toBe(200);
    const { rows } = await db.pool.query('select failed_sign_ins, locked_until from users where id = $1', [user.userId]);
    expect(rows[0]).toEqual({ failed_sign_ins: 0, locked_until: null });
  });

  it('"locks" an unknown address the same way, so responses do not reveal which addresses exist', async () => {
    await awayFromWindowEdge(15 * 60_000);
    for (let i = 1; i <= 4; i += 1) expect((await attempt('nobody@example.kz', `guess ${i} guess ${i}`)).status).toBe(401);
    const fifth = await attempt('nobody@example.kz', 'guess 5 guess 5');
    expect(fifth.status).toBe(429);
    expect(fifth.body).toMatchObject({ detail: expect.stringMatching(/This account is locked for \d+ minutes? after 5 failed sign-ins/) });
    expect(fifth.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('per-address limit', () => {
  it('answers 429 with Retry-After after 10 failures from one address within a minute, whatever the account', async () => {
    const address = '203.0.113.77';
    await awayFromWindowEdge(60_000);
    for (let i = 1; i <= 10; i += 1) {
      const answer = await attempt(`someone-${i}@example.kz`, 'some wrong password', address);
      expect(answer.status).toBe(401);
    }
    const eleventh = await attempt(user.email, user.password, address);
    expect(eleventh.status).toBe(429);
    expect(eleventh.body).toMatchObject({ status: 429, detail: expect.stringMatching(/Too many failed sign-ins from your network/) });
    const retryAfter = Number(eleventh.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another address is not affected.
    expect((await attempt(user.email, user.password)).status).toBe(200);
  });

  it('does not count successful sign-ins, so many colleagues behind one address can sign in', async () => {
    const address = '203.0.113.78';
    for (let i = 0; i < 12; i += 1) expect((await attempt(user.email, user.password, address)).status).toBe(200);
  });
});
