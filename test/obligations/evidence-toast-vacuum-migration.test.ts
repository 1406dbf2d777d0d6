// Migration 0012 stops autovacuum's insert-triggered vacuums of the evidence contents' TOAST
// table (write-once chunks: the vacuum only rewrote them), and of nothing else.
import { expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();

async function reloptions(table: string): Promise<{ own: string[] | null; toast: string[] | null }> {
  const { rows } = await db.pool.query<{ own: string[] | null; toast: string[] | null }>(
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
