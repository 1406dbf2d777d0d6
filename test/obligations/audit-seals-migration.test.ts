// Migration 0010 moves the seals out of audit_log: a trail sealed under the old layout, with rows
// still waiting, must come out as the same chain, verified intact, with the waiting rows sealed
// next round after it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sha256Hex } from '../../src/app/audit/append-audit';
import { sealAuditTrail } from '../../src/app/audit/seal-audit';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain';
import { sealRows, type AuditContent } from '../../src/core/obligations/audit-chain';
import { migrate } from '../../src/db/migrate';
import type pg from 'pg';
import '../../src/db/pg-types';
import { createEmptyDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createEmptyDatabase();
  pool = database.pool;
  await database.migrateUpTo('0010-audit-seals-table');
});

afterAll(async () => {
  await database.drop();
});

it('keeps a trail sealed under the old layout intact, and seals its waiting rows next', async () => {
  await pool.query(
    `insert into audit_log (at, actor_id, action, entity_type, entity_id, before, after)
     select timestamptz '2026-01-01' + n * interval '1 minute', null, 'test.appended', 'test', n::text, null, jsonb_build_object('n', n)
       from generate_series(1, 5) n`,
  );
  // Seal the first three as the old sealer did: the seal columns set on the rows themselves.
  const { rows } = await pool.query<{ id: number; at: Date; action: string; entity_type: string; entity_id: string; after: AuditContent['after'] }>(
    'select id, at, action, entity_type, entity_id, after from audit_log order by id limit 3',
  );
  const contents: AuditContent[] = rows.map((r) => ({ id: r.id, at: r.at.toISOString(), actorId: null, systemActor: null, action: r.action, entityType: r.entity_type, entityId: r.entity_id, before: null, after: r.after }));
  const sealed = sealRows({ position: 0, id: 0, hash: '0'.repeat(64) }, contents, sha256Hex);
  for (const seal of sealed.seals) {
    await pool.query('update audit_log set chain_position = $2, prev_hash = $3, hash = $4 where id = $1', [seal.id, seal.position, seal.prevHash, seal.hash]);
  }
  await pool.query('update audit_chain_head set last_position = $1, last_id = $2, last_hash = $3', [sealed.head.position, sealed.head.id, sealed.head.hash]);

  expect(await migrate(pool)).toContain('0010-audit-seals-table');

  const { rows: seals } = await pool.query<{ audit_id: number; chain_position: number; hash: string }>('select audit_id, chain_position, hash from audit_seals order by chain_position');
  expect(seals).toEqual(sealed.seals.map((s) => ({ audit_id: s.id, chain_position: s.position, hash: s.hash })));
  const { rows: waiting } = await pool.query<{ audit_id: number }>('select audit_id from audit_unsealed order by audit_id');
  expect(waiting.map((w) => w.audit_id)).toEqual([rows[2]!.id + 1, rows[2]!.id + 2]);
  expect(await verifyAuditChain(pool, { seal: false })).toEqual({ ok: true, count: 3, unsealed: 2 });
  expect(await sealAuditTrail(pool)).toEqual({ sealed: 2, busy: false });
  expect(await verifyAuditChain(pool)).toEqual({ ok: true, count: 5, unsealed: 0 });
  // The old columns are gone, and with them the one update the old trigger allowed.
  await expect(pool.query('select chain_position from audit_log')).rejects.toThrow(/does not exist/);
});
