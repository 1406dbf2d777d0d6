// Databases for tests: a fresh one per test file, cloned from the migrated and seeded template,
// or an empty one for a test of one migration.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrations } from '../../src/db/migrations';

export interface TestDatabase {
  pool: pg.Pool;
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function asAdmin(work: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('testDatabase').adminUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

/** Creates the database (from `template` when given) and opens a small pool on it. */
async function openNewDatabase(prefix: string, template?: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await asAdmin((admin) => admin.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  const url = new URL(inject('testDatabase').adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 5 });
  return {
    pool,
    url: url.toString(),
    name,
    drop: async () => {
      await pool.end();
      await asAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

export function createTestDatabase(): Promise<TestDatabase> {
  return openNewDatabase('zt', inject('testDatabase').template);
}

/**
 * An empty database, for tests of one migration: `migrateUpTo(id)` builds the schema as it was
 * before that migration, recorded as applied, so that `migrate()` then runs it (and any later) alone.
 */
export async function createEmptyDatabase(): Promise<TestDatabase & { migrateUpTo(id: string): Promise<void> }> {
  const database = await openNewDatabase('zt_empty');
  return {
    ...database,
    migrateUpTo: async (id) => {
      const before = migrations.findIndex((m) => m.id === id);
      if (before < 0) throw new Error(`there is no migration ${id}`);
      await database.pool.query('create table schema_migrations (id text primary key, applied_at timestamptz not null default now())');
      for (const migration of migrations.slice(0, before)) {
        await database.pool.query(migration.sql);
        await migration.then?.(database.pool);
        await database.pool.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      }
    },
  };
}
