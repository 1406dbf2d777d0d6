// The register read cache on a real database: concurrent reads share counter checks, a change
// committed before a read is in its answer, and two databases never share cached answers. The
// exact interleaving of checks and commits is tested step by step in src/app/register-read-cache.test.ts.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readThroughRegisterCache } from '../../src/app/register-read-cache';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
let pool: pg.Pool;
let counterChecks = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  // A real pool that counts the counter checks it runs.
  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const config = args[0] as { name?: string };
    if (config?.name === 'register-version') counterChecks++;
    return query(...args);
  };
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const loadName = async () => (await db.pool.query<{ en: string }>(`select names->>'en' as en from measures where number = 3`)).rows[0]!.en;

describe('register read cache', () => {
  it('shares counter checks between concurrent reads', async () => {
    await readThroughRegisterCache(pool, 'name-3', loadName);
    counterChecks = 0;
    const names = await Promise.all(Array.from({ length: 40 }, () => readThroughRegisterCache(pool, 'name-3', loadName)));
    expect(new Set(names).size).toBe(1);
    expect(counterChecks).toBeGreaterThan(0);
    expect(counterChecks).toBeLessThanOrEqual(2);
  });

  it('answers every read that starts after a commit with the committed change', async () => {
    const before = await readThroughRegisterCache(pool, 'name-3', loadName);
    const early = readThroughRegisterCache(pool, 'name-3', loadName); // its check is on its way
    await db.pool.query(`update measures set names = jsonb_set(names, '{en}', '"Changed while a check was on its way"') where number = 3`);
    const late = await Promise.all(Array.from({ length: 10 }, () => readThroughRegisterCache(pool, 'name-3', loadName)));
    expect(late).toEqual(Array.from({ length: 10 }, () => 'Changed while a check was on its way'));
    expect([before, 'Changed while a check was on its way']).toContain(await early);
  });

  it('keeps the read models of different databases apart', async () => {
    const other = await createTestDatabase();
    try {
      await other.pool.query(`update measures set names = jsonb_set(names, '{en}', '"Only in the other database"') where number = 3`);
      // Make both counters equal, so that only the pool tells the two caches apart.
      const version = async (p: pg.Pool) => Number((await p.query(`select version from register_version`)).rows[0].version);
      const [mine, theirs] = [await version(db.pool), await version(other.pool)];
      const behind = mine < theirs ? db.pool : other.pool;
      for (let i = Math.min(mine, theirs); i < Math.max(mine, theirs); i++) await behind.query(`update register_version set version = version + 1`);
      const here = await readThroughRegisterCache(db.pool, 'name-3', loadName);
      const there = await readThroughRegisterCache(other.pool, 'name-3', async () => (await other.pool.query<{ en: string }>(`select names->>'en' as en from measures where number = 3`)).rows[0]!.en);
      expect(there).toBe('Only in the other database');
      expect(here).not.toBe(there);
    } finally {
      await other.drop();
    }
  });
});
