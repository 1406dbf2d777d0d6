// The audit trail: written unsealed with every change, append-only in the database, sealed into
// one hash chain without forks under concurrent writers and sealers, and `zhospar audit verify`
// finds the first tampered row.
import { hostname, userInfo } from 'node:os';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { appendAudit } from '../../src/app/audit/append-audit';
import { SEAL_BATCH, sealAuditTrail, startAuditSealer } from '../../src/app/audit/seal-audit';
import { setSystemActorCommand } from '../../src/app/audit/system-actor';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain';
import { updateReport } from '../../src/app/reports/update-report';
import { buildProgram } from '../../src/cli/main';
import { UserError } from '../../src/cli/output';
import { UNSEALED_AUDIT_ROWS_SQL } from '../../src/db/repositories/audit';
import { withTransaction } from '../../src/db/transaction';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { buildReport, buildUser } from '../support/factories';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

interface ChainShape {
  rows: number;
  unsealed: number;
  positions: number;
  maxPosition: number;
  prevHashes: number;
  headPosition: number;
}

/** Every row sealed once, positions 1..n without a gap, no two rows after the same row, head at the end. */
async function chainShape(pool: pg.Pool): Promise<ChainShape> {
  const { rows } = await pool.query<ChainShape>(
    `select count(*) as rows, count(*) filter (where s.chain_position is null) as unsealed,
            count(distinct s.chain_position) as positions, coalesce(max(s.chain_position), 0) as "maxPosition",
            count(distinct s.prev_hash) as "prevHashes", (select last_position from audit_chain_head) as "headPosition"
       from audit_log a left join audit_seals s on s.audit_id = a.id`,
  );
  return rows[0]!;
}

/** As a superuser could: switch a table's guard off, run one statement, switch it on again. */
async function asSuperuserWithoutGuard(pool: pg.Pool, table: 'audit_log' | 'audit_seals', text: string, values: unknown[]): Promise<void> {
  await pool.query(`alter table ${table} disable trigger ${table}_no_change`);
  try {
    await pool.query(text, values);
  } finally {
    await pool.query(`alter table ${table} enable trigger ${table}_no_change`);
  }
}

/** Removes a sealed row and its seal, as someone hiding a change would. */
async function removeRowAndSeal(pool: pg.Pool, auditId: number): Promise<void> {
  await asSuperuserWithoutGuard(pool, 'audit_seals', 'delete from audit_seals where audit_id = $1', [auditId]);
  await asSuperuserWithoutGuard(pool, 'audit_log', 'delete from audit_log where id = $1', [auditId]);
}

function expectOneSealedChain(shape: ChainShape): void {
  expect(shape).toEqual({ rows: shape.rows, unsealed: 0, positions: shape.rows, maxPosition: shape.rows, prevHashes: shape.rows, headPosition: shape.rows });
}

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}
const plansOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(plansOf)];
const blocksOf = (node: PlanNode) => node['Shared Hit Blocks'] + node['Shared Read Blocks'];

const entry = (n: number) => ({ action: 'test.appended', entityType: 'test', entityId: n, before: null, after: { n, at: new Date(Date.UTC(2025, 0, n)) } });

describe('the audit trail', () => {
  it('is append-only: the database refuses updates, deletes and truncation of rows and seals', async () => {
    await buildReport(db.pool);
    await expect(db.pool.query("update audit_log set action = 'x' where id = 1")).rejects.toThrow(/append-only/);
    await expect(db.pool.query('delete from audit_log where id = 1')).rejects.toThrow(/append-only/);
    await expect(db.pool.query('truncate audit_log')).rejects.toThrow(/append-only/);
    await sealAuditTrail(db.pool);
    await expect(db.pool.query("update audit_log set action = 'x' where id = 1")).rejects.toThrow(/append-only/);
    await expect(db.pool.query('delete from audit_log where id = 1')).rejects.toThrow(/append-only/);
    await expect(db.pool.query("update audit_seals set hash = repeat('c', 64) where audit_id = 1")).rejects.toThrow(/audit_seals is append-only/);
    await expect(db.pool.query('delete from audit_seals where audit_id = 1')).rejects.toThrow(/audit_seals is append-only/);
    await expect(db.pool.query('truncate audit_seals')).rejects.toThrow(/audit_seals is append-only/);
  });

  it('lists every new row as waiting to be sealed, and seals a row once', async () => {
    const client = await db.pool.connect();
    try {
      await client.query('begin');
      await appendAudit(client, null, [entry(1), entry(2)]);
      const { rows } = await client.query<{ id: number; waiting: boolean }>(
        `select a.id, exists (select 1 from audit_unsealed u where u.audit_id = a.id) as waiting
           from audit_log a where a.action = 'test.appended' order by a.id desc limit 2`,
      );
      expect(rows.map((r) => r.waiting)).toEqual([true, true]);
      const id = rows[0]!.id;
      await client.query(`insert into audit_seals (chain_position, audit_id, prev_hash, hash) values (1000000, $1, repeat('a', 64), repeat('b', 64))`, [id]);
      await client.query('savepoint attempt');
      await expect(
        client.query(`insert into audit_seals (chain_position, audit_id, prev_hash, hash) values (1000001, $1, repeat('b', 64), repeat('c', 64))`, [id]),
      ).rejects.toThrow(/audit_seals_audit_id_key/);
      await client.query('rollback to savepoint attempt');
      await expect(client.query("update audit_seals set hash = repeat('c', 64) where audit_id = $1", [id])).rejects.toThrow(/append-only/);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  it('keeps one unbroken chain while many users change reports at once', async () => {
    const reports = [];
    for (let i = 0; i < 8; i++) reports.push(await buildReport(db.pool));
    await Promise.all(reports.map(({ report, author }) => updateReport(db.pool, author.actor, report.id, { text: `Правка ${report.id}` }, report.version)));
    const result = await verifyAuditChain(db.pool);
    const shape = await chainShape(db.pool);
    expectOneSealedChain(shape);
    expect(result).toEqual({ ok: true, count: shape.rows, unsealed: 0 });
  });

  it('seals the rows of 20 concurrent transactions, with sealers running meanwhile, into one chain, each row once', async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 26 });
    try {
      const before = await chainShape(pool);
      let open = 0;
      let mostOpen = 0;
      // A barrier: every writer has appended its first rows before any appends its last, so the 20
      // transactions overlap however fast or slow the connections are.
      let releaseWriters: () => void = () => undefined;
      const allOpen = new Promise<void>((resolve) => (releaseWriters = resolve));
      const writers = Array.from({ length: 20 }, (_, w) =>
        withTransaction(pool, async (client) => {
          await appendAudit(client, null, [entry(w * 3 + 1), entry(w * 3 + 2)]);
          mostOpen = Math.max(mostOpen, ++open);
          if (open === 20) releaseWriters();
          await allOpen;
          await new Promise((resolve) => setTimeout(resolve, (w * 7) % 20));
          await appendAudit(client, null, [entry(w * 3 + 3)]);
          open -= 1;
        }),
      );
      // Sealers in parallel with the writers and with each other: some skip (the lock is taken).
      const sealers = Array.from({ length: 5 }, (_, s) =>
        new Promise((resolve) => setTimeout(resolve, s * 6)).then(() => sealAuditTrail(pool, { batch: 7 })),
      );
      await Promise.all([...writers, ...sealers]);
      expect(mostOpen).toBe(20); // the transactions really overlapped
      await sealAuditTrail(pool);
      const after = await chainShape(pool);
      expect(after.rows).toBe(before.rows + 60);
      expectOneSealedChain(after);
      // A transaction's rows become visible together, so a sealing round sees all or none of them
      // and they keep their id order in the chain (other rows may come between them).
      const { rows } = await pool.query<{ writers: number; ordered: boolean }>(
        `select count(*) as writers, bool_and(ordered) as ordered from (
           select array_agg(a.id order by s.chain_position) = array_agg(a.id order by a.id) as ordered
             from audit_log a join audit_seals s on s.audit_id = a.id where a.action = 'test.appended' and s.chain_position > $1
            group by (entity_id::int - 1) / 3) t`,
        [before.maxPosition],
      );
      expect(rows[0]).toEqual({ writers: 20, ordered: true });
      expect(await verifyAuditChain(pool)).toEqual({ ok: true, count: after.rows, unsealed: 0 });
    } finally {
      await pool.end();
    }
  });

  it('seals a row whose transaction commits after a row with a later id was sealed, in the next round', async () => {
    const late = await db.pool.connect();
    try {
      await late.query('begin');
      await appendAudit(late, null, [{ action: 'test.late', entityType: 'test', entityId: 'late', after: { late: true } }]);
      const lateId = (await late.query<{ id: number }>("select id from audit_log where action = 'test.late'")).rows[0]!.id;
      await appendAudit(db.pool, null, [{ action: 'test.early', entityType: 'test', entityId: 'early', after: { late: false } }]);
      const early = (await db.pool.query<{ id: number }>("select id from audit_log where action = 'test.early'")).rows[0]!;
      expect(early.id).toBeGreaterThan(lateId);
      await sealAuditTrail(db.pool);
      const earlyPosition = (await db.pool.query<{ p: number }>('select chain_position as p from audit_seals where audit_id = $1', [early.id])).rows[0]!.p;
      expect(earlyPosition).toBe((await chainShape(db.pool)).headPosition);
      // Still open: not visible, not sealed, and the chain so far verifies.
      expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: true, unsealed: 0 });

      await late.query('commit');
      expect((await chainShape(db.pool)).unsealed).toBe(1);
      expect(await verifyAuditChain(db.pool, { seal: false })).toMatchObject({ ok: true, unsealed: 1 });
      expect(await sealAuditTrail(db.pool)).toEqual({ sealed: 1, busy: false });
      const latePosition = (await db.pool.query<{ p: number }>('select chain_position as p from audit_seals where audit_id = $1', [lateId])).rows[0]!.p;
      expect(latePosition).toBe(earlyPosition + 1);
      expectOneSealedChain(await chainShape(db.pool));
      expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: true, unsealed: 0 });
    } finally {
      await late.query('rollback').catch(() => undefined);
      late.release();
    }
  });

  it('reads only the rows waiting to be sealed, however long the sealed trail is', async () => {
    await db.pool.query(
      `insert into audit_log (at, action, entity_type, entity_id, before, after)
         select now(), 'test.bulk', 'test', g::text, null, jsonb_build_object('n', g) from generate_series(1, 20000) g`,
    );
    // Statistics taken while many rows wait, as autovacuum takes them on a busy day: the planner
    // then expects a long waiting list.
    await db.pool.query('analyze audit_log');
    await db.pool.query('analyze audit_unsealed');
    await sealAuditTrail(db.pool);
    await appendAudit(db.pool, null, [entry(3), entry(4), entry(5)]);
    const { rows } = await db.pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `explain (analyze, buffers, format json) ${UNSEALED_AUDIT_ROWS_SQL.replace('$1', String(SEAL_BATCH))}`,
    );
    const plan = rows[0]!['QUERY PLAN'][0].Plan;
    expect(plan['Actual Rows']).toBe(3);
    // Of audit_log, the three rows' index and heap pages, not the 20,000 sealed rows' pages.
    const auditLogReads = plansOf(plan)
      .filter((node) => node['Relation Name'] === 'audit_log')
      .map((node) => blocksOf(node) - (node.Plans ?? []).reduce((sum, child) => sum + blocksOf(child), 0));
    expect(auditLogReads).toHaveLength(1);
    expect(auditLogReads[0]).toBeLessThan(20);
    expect((await sealAuditTrail(db.pool)).sealed).toBe(3);
  });

  it('is sealed in the background while a server runs, and a failing sealer logs once and keeps going', async () => {
    await appendAudit(db.pool, null, [entry(1)]);
    const sealer = startAuditSealer(db.pool, () => undefined, 20);
    try {
      await vi.waitFor(async () => expect((await chainShape(db.pool)).unsealed).toBe(0), { timeout: 5_000, interval: 20 });
    } finally {
      await sealer.stop();
    }

    const url = new URL(db.url);
    url.pathname = '/zt_no_such_database';
    const broken = new pg.Pool({ connectionString: url.toString(), max: 1 });
    const lines: string[] = [];
    const failing = startAuditSealer(broken, (line) => lines.push(line), 10);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await failing.stop();
    await broken.end();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Sealing the audit trail failed/);
  });

  it('is listed for coordinators and admins, filtered by entity, actor and time', async () => {
    const { report, author } = await buildReport(db.pool, { state: 'submitted' });
    const coordinator = await buildUser(db.pool, 'MIC', 'coordinator');
    const page = await call(app, 'GET', `/api/v1/audit?entity=report:${report.id}`, { token: coordinator.token });
    expect(page.status).toBe(200);
    expect(page.body.items.map((e: { action: string }) => e.action)).toEqual(['report.submitted', 'report.created']);
    expect(page.body.items[0]).toMatchObject({ entityType: 'report', entityId: String(report.id), actor: { id: author.userId, email: author.email } });
    expect(page.body.items[0].before).toMatchObject({ state: 'draft' });
    expect(page.body.items[0].after).toMatchObject({ state: 'submitted' });
    // Listed rows are sealed: the newest follows the one before it.
    expect(page.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(page.body.items[0].prevHash).toBe(page.body.items[1].hash);
    const byActor = await call(app, 'GET', `/api/v1/audit?actor=${author.userId}&limit=500`, { token: coordinator.token });
    expect(byActor.body.items.every((e: { actor: { id: number } }) => e.actor.id === author.userId)).toBe(true);
    // Unfiltered, the total is the chain's length (read from its head, not counted): every sealed row.
    const everything = await call(app, 'GET', '/api/v1/audit?limit=1', { token: coordinator.token });
    const { rows: sealed } = await db.pool.query<{ n: number; newest: number }>('select count(*)::int as n, max(a.id)::int as newest from audit_log a join audit_seals s on s.audit_id = a.id');
    expect(everything.body.total).toBe(sealed[0]!.n);
    expect(everything.body.items[0].id).toBe(sealed[0]!.newest);
    const today = new Date().toISOString().slice(0, 10);
    const future = await call(app, 'GET', `/api/v1/audit?from=2999-01-01`, { token: coordinator.token });
    expect(future.body).toMatchObject({ items: [], total: 0 });
    const untilToday = await call(app, 'GET', `/api/v1/audit?to=${today}&limit=1`, { token: coordinator.token });
    expect(untilToday.body.total).toBeGreaterThan(0);
    for (const role of ['executor', 'viewer', 'reviewer'] as const) {
      const user = await buildUser(db.pool, 'MIC', role);
      expect((await call(app, 'GET', '/api/v1/audit', { token: user.token })).status).toBe(403);
    }
    expect((await call(app, 'GET', '/api/v1/audit')).status).toBe(401);
    const verify = await call(app, 'GET', '/api/v1/audit/verify', { token: coordinator.token });
    expect(verify.body).toMatchObject({ ok: true, firstBadRow: null });
  });
});

describe('zhospar audit verify', () => {
  let stdout: MockInstance<typeof process.stdout.write>;
  let savedUrl: string | undefined;
  beforeEach(() => {
    stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    savedUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = db.url;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedUrl;
  });
  const verify = () => buildProgram().parseAsync(['node', 'zhospar', 'audit', 'verify']);

  it('seals and says OK with the number of rows, then names the first tampered row by id and position and fails', async () => {
    await buildReport(db.pool, { state: 'accepted' });
    expect((await chainShape(db.pool)).unsealed).toBeGreaterThan(0);
    await verify();
    const shape = await chainShape(db.pool);
    expectOneSealedChain(shape);
    expect(stdout.mock.calls.map((c) => String(c[0])).join('')).toMatch(new RegExp(`^OK: .* intact \\(${shape.rows} rows\\)\\.\\n$`));

    const { rows: target } = await db.pool.query<{ id: number; position: number }>(
      "select a.id, s.chain_position as position from audit_log a join audit_seals s on s.audit_id = a.id where a.action = 'report.accepted' order by s.chain_position desc limit 1",
    );
    const { id: tamperedId, position } = target[0]!;
    // As a superuser could: switch the guard off, rewrite history, switch it on again.
    await db.pool.query('alter table audit_log disable trigger audit_log_no_change');
    await db.pool.query(`update audit_log set after = jsonb_set(after, '{state}', '"returned"') where id = $1`, [tamperedId]);
    await db.pool.query('alter table audit_log enable trigger audit_log_no_change');

    const error = await verify().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    expect((error as UserError).message).toContain(`broken at row ${tamperedId} (chain position ${position})`);
    expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: false, unsealed: 0, firstBadRow: { rowId: tamperedId, position, kind: 'content' }, checked: position - 1 });
    // The coordinator's page gets the kind to word in its language, and the position.
    const coordinator = await buildUser(db.pool, 'MIC', 'coordinator');
    const page = await call(app, 'GET', '/api/v1/audit/verify', { token: coordinator.token });
    expect(page.body).toMatchObject({ ok: false, count: position - 1, firstBadRow: { id: tamperedId, position, kind: 'content', reason: expect.stringContaining(`chain position ${position}`) } });
  });

  it('notices rows removed from the end of the chain', async () => {
    const fresh = await createTestApp();
    try {
      await buildReport(fresh.db.pool);
      await sealAuditTrail(fresh.db.pool);
      const { rows } = await fresh.db.pool.query<{ id: number; position: number }>(
        'select audit_id as id, chain_position as position from audit_seals order by chain_position desc limit 1',
      );
      await removeRowAndSeal(fresh.db.pool, rows[0]!.id);
      expect(await verifyAuditChain(fresh.db.pool)).toMatchObject({
        ok: false,
        firstBadRow: { rowId: rows[0]!.id, position: rows[0]!.position, kind: 'end_removed', reason: expect.stringMatching(/were removed/) },
      });
    } finally {
      await fresh.db.drop();
    }
  });

  it('notices a row removed from the middle of the chain', async () => {
    const fresh = await createTestApp();
    try {
      await buildReport(fresh.db.pool, { state: 'submitted' });
      await sealAuditTrail(fresh.db.pool);
      const { rows } = await fresh.db.pool.query<{ id: number; position: number }>(
        'select audit_id as id, chain_position as position from audit_seals order by chain_position desc offset 1 limit 2',
      );
      const [removed, next] = [rows[1]!, rows[0]!];
      await removeRowAndSeal(fresh.db.pool, removed.id);
      expect(await verifyAuditChain(fresh.db.pool)).toMatchObject({ ok: false, firstBadRow: { rowId: next.id, position: next.position, kind: 'link', reason: expect.stringMatching(/prev_hash/) } });
    } finally {
      await fresh.db.drop();
    }
  });

  it('notices a sealed row removed while its seal stays', async () => {
    const fresh = await createTestApp();
    try {
      await buildReport(fresh.db.pool, { state: 'submitted' });
      await sealAuditTrail(fresh.db.pool);
      const { rows } = await fresh.db.pool.query<{ id: number; position: number }>('select audit_id as id, chain_position as position from audit_seals order by chain_position limit 1 offset 1');
      await asSuperuserWithoutGuard(fresh.db.pool, 'audit_log', 'delete from audit_log where id = $1', [rows[0]!.id]);
      expect(await verifyAuditChain(fresh.db.pool)).toMatchObject({ ok: false, checked: 1, firstBadRow: { rowId: rows[0]!.id, position: rows[0]!.position, kind: 'row_removed', reason: expect.stringMatching(/row it seals was removed/) } });
    } finally {
      await fresh.db.drop();
    }
  });

  it('names the command and account behind a change no user made, lists it, and notices it rewritten', async () => {
    const fresh = await createTestApp();
    try {
      await buildReport(fresh.db.pool);
      setSystemActorCommand('obligations refresh');
      await appendAudit(fresh.db.pool, null, [entry(1)]);
      const { rows } = await fresh.db.pool.query<{ id: number; system_actor: string }>("select id, system_actor from audit_log where action = 'test.appended'");
      expect(rows[0]!.system_actor).toBe(`zhospar obligations refresh (${userInfo().username}@${hostname()})`);
      expect(await verifyAuditChain(fresh.db.pool)).toMatchObject({ ok: true });
      const coordinator = await buildUser(fresh.db.pool, 'MIC', 'coordinator');
      const page = await call(fresh.app, 'GET', '/api/v1/audit?action=test.appended', { token: coordinator.token });
      expect(page.body.items).toEqual([expect.objectContaining({ id: rows[0]!.id, actor: null, systemActor: rows[0]!.system_actor })]);
      const { rows: byUser } = await fresh.db.pool.query<{ n: number }>('select count(*)::int as n from audit_log where actor_id is not null and system_actor is not null');
      expect(byUser[0]!.n).toBe(0);

      await asSuperuserWithoutGuard(fresh.db.pool, 'audit_log', "update audit_log set system_actor = 'zhospar (someone-else@elsewhere)' where id = $1", [rows[0]!.id]);
      expect(await verifyAuditChain(fresh.db.pool)).toMatchObject({ ok: false, firstBadRow: { rowId: rows[0]!.id, kind: 'content' } });
    } finally {
      await fresh.db.drop();
    }
  });

  it('notices a row taken off the list of rows to seal, which would never be chained', async () => {
    const fresh = await createTestApp();
    try {
      await buildReport(fresh.db.pool);
      await sealAuditTrail(fresh.db.pool);
      await appendAudit(fresh.db.pool, null, [entry(1)]);
      const { rows } = await fresh.db.pool.query<{ id: number }>('select audit_id as id from audit_unsealed');
      expect(rows).toHaveLength(1);
      await fresh.db.pool.query('delete from audit_unsealed');
      expect(await verifyAuditChain(fresh.db.pool)).toMatchObject({ ok: false, unsealed: 0, firstBadRow: { rowId: rows[0]!.id, position: null, kind: 'not_in_chain', reason: expect.stringMatching(/neither sealed nor waiting/) } });
    } finally {
      await fresh.db.drop();
    }
  });
});
