// Applies the committed migrations in order, once each, under an advisory lock so that two
// processes starting together do not both apply them.
import type pg from 'pg';
import { migrations } from './migrations';
import { ADVISORY_LOCKS } from './advisory-locks';

const MIGRATION_LOCK = ADVISORY_LOCKS.migrations;

export interface MigrationStatus {
  id: string;
  appliedAt: string | null;
}

async function ensureLedger(client: pg.PoolClient): Promise<void> {
  await client.query(`create table if not exists schema_migrations (
    id text primary key,
    applied_at timestamptz not null default now()
  )`);
}

export async function migrationStatus(pool: pg.Pool): Promise<MigrationStatus[]> {
  const client = await pool.connect();
  try {
    const { rows: exists } = await client.query("select to_regclass('schema_migrations') is not null as present");
    const applied = new Map<string, string>();
    if (exists[0]?.present) {
      const { rows } = await client.query<{ id: string; applied_at: Date }>('select id, applied_at from schema_migrations');
      for (const row of rows) applied.set(row.id, row.applied_at.toISOString());
    }
    return migrations.map((m) => ({ id: m.id, appliedAt: applied.get(m.id) ?? null }));
  } finally {
    client.release();
  }
}

/** Applies pending migrations; each runs in its own transaction. Returns the ids applied. */
export async function migrate(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ensureLedger(client);
    const { rows } = await client.query<{ id: string }>('select id from schema_migrations');
    const done = new Set(rows.map((r) => r.id));
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await client.query('begin');
      try {
        await client.query(migration.sql);
        await migration.then?.(client);
        await client.query('insert into schema_migrations (id) values ($1)', [migration.id]);
        await client.query('commit');
        applied.push(migration.id);
      } catch (error) {
        await client.query('rollback');
        throw new Error(`Migration ${migration.id} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return applied;
}
