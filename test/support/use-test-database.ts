// The most common set-up of an integration test file: a fresh database of its own, created before
// its tests and dropped after them. Files that need more around it (an app, a second pool,
// DATABASE_URL for the CLI) write their own hooks with createTestDatabase().
import type pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestDatabaseHandle {
  /** The file's database's pool; only inside its tests and hooks. */
  readonly pool: pg.Pool;
}

export function useTestDatabase(): TestDatabaseHandle {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    get pool() {
      if (!database) throw new Error('The test database exists only while the file\u2019s tests run.');
      return database.pool;
    },
  };
}
