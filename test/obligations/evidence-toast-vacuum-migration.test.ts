// Migration 0012 stops autovacuum's insert-triggered vacuums of the evidence contents' TOAST
// table (write-once chunks: the vacuum only rewrote them), and of nothing else.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = database.pool;
});

afterAll(async () => {
  await database.drop();
});

async function reloptions(table: string): Promise<{ own: string[] | null; toast: string[] | null }> {
  const { rows } = await pool.query<{ own: string[] | null; toast: string[] | null }>(
    `select c.reloptions as own, t.reloptions as toast from pg_class c left join pg_class t on t.oid = c.reltoastrelid where c.oid = $1::regclass`,
    [table],
  );
  return rows[0]!;
}

it('turns off insert-triggered vacuums of the evidence contents only', async () => {
  expect(await reloptions('evidence_files')).toEqual({ own: null, toast: ['autovacuum_vacuum_insert_threshold=-1'] });
  // The table's own rows (small, updated when submitted) and other tables keep the defaults.
  expect(await reloptions('reports')).toEqual({ own: null, toast: null });
  expect(await reloptions('audit_log')).toEqual({ own: null, toast: null });
});
