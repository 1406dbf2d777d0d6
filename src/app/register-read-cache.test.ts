// The shared counter check, step by step: a database whose answers are released by the test, so
// that a change can be committed exactly while a check is on its way.
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readThroughRegisterCache } from './register-read-cache';

/** Answers each counter query with the counter as it was when the query started, when released. */
function steppedDatabase() {
  let version = 1;
  const pending: Array<() => void> = [];
  const pool = {
    query: (_config: unknown) =>
      new Promise((resolve) => {
        const snapshot = version;
        pending.push(() => resolve({ rows: [{ version: snapshot }] }));
      }),
  } as unknown as pg.Pool;
  return {
    pool,
    commitChange: () => version++,
    pendingChecks: () => pending.length,
    releaseNext: async () => {
      pending.shift()!();
      for (let i = 0; i < 5; i++) await Promise.resolve(); // let the waiting reads continue
    },
  };
}

describe('register read cache', () => {
  it('never answers a read with a check that started before it, and shares the next one', async () => {
    const db = steppedDatabase();
    let loads = 0;
    const load = async () => `loaded ${++loads}`;

    const first = readThroughRegisterCache(db.pool, 'k', load);
    expect(db.pendingChecks()).toBe(1);
    db.commitChange(); // committed while the first check is on its way
    const later = Array.from({ length: 5 }, () => readThroughRegisterCache(db.pool, 'k', load));
    expect(db.pendingChecks()).toBe(1); // the later reads wait; they do not each query

    await db.releaseNext(); // the first check answers with the counter from before the change
    expect(await first).toBe('loaded 1');
    expect(db.pendingChecks()).toBe(1); // one new check, for all five later reads
    await db.releaseNext();
    const answers = await Promise.all(later);
    expect(answers).toEqual(Array.from({ length: 5 }, () => 'loaded 2')); // they see the change
    expect(loads).toBe(2);
  });

  it('reuses the cached value while the counter stays', async () => {
    const db = steppedDatabase();
    let loads = 0;
    const load = async () => ++loads;
    const read = async () => {
      const value = readThroughRegisterCache(db.pool, 'k', load);
      await db.releaseNext();
      return value;
    };
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    db.commitChange();
    expect(await read()).toBe(2);
  });

  it('does not remember a failed load', async () => {
    const db = steppedDatabase();
    let attempts = 0;
    const load = async () => {
      if (++attempts === 1) throw new Error('database went away');
      return 'loaded';
    };
    const failing = readThroughRegisterCache(db.pool, 'k', load);
    await db.releaseNext();
    await expect(failing).rejects.toThrow('database went away');
    const retried = readThroughRegisterCache(db.pool, 'k', load);
    await db.releaseNext();
    expect(await retried).toBe('loaded');
  });
});
