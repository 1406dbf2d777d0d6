// The audit trail: written with every change, append-only in the database, hash-chained without
// forks under concurrent writers, and `zhospar audit verify` finds the first tampered row.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain';
import { updateReport } from '../../src/app/reports/update-report';
import { buildProgram } from '../../src/cli/main';
import { UserError } from '../../src/cli/output';
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

describe('the audit trail', () => {
  it('is append-only: the database refuses updates, deletes and truncation', async () => {
    await buildReport(db.pool);
    await expect(db.pool.query("update audit_log set action = 'x' where id = 1")).rejects.toThrow(/append-only/);
    await expect(db.pool.query('delete from audit_log where id = 1')).rejects.toThrow(/append-only/);
    await expect(db.pool.query('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('keeps one unbroken chain while many users change reports at once', async () => {
    const reports = [];
    for (let i = 0; i < 8; i++) reports.push(await buildReport(db.pool));
    await Promise.all(reports.map(({ report, author }) => updateReport(db.pool, author.actor, report.id, { text: `Правка ${report.id}` }, report.version)));
    const { rows } = await db.pool.query<{ n: number; max: number; hashes: number }>('select count(*) as n, max(id) as max, count(distinct prev_hash) as hashes from audit_log');
    expect(rows[0]!.n).toBe(rows[0]!.max); // ids have no gaps
    expect(rows[0]!.hashes).toBe(rows[0]!.n); // no two rows follow the same row: no fork
    expect(await verifyAuditChain(db.pool)).toEqual({ ok: true, count: rows[0]!.n });
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
    const byActor = await call(app, 'GET', `/api/v1/audit?actor=${author.userId}&limit=500`, { token: coordinator.token });
    expect(byActor.body.items.every((e: { actor: { id: number } }) => e.actor.id === author.userId)).toBe(true);
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

  it('says OK with the number of rows, then names the first tampered row and fails', async () => {
    await buildReport(db.pool, { state: 'accepted' });
    await verify();
    const { rows } = await db.pool.query<{ n: number }>('select count(*) as n from audit_log');
    expect(stdout.mock.calls.map((c) => String(c[0])).join('')).toMatch(new RegExp(`^OK: .* intact \\(${rows[0]!.n} rows\\)`));

    const { rows: target } = await db.pool.query<{ id: number }>("select id from audit_log where action = 'report.accepted' order by id desc limit 1");
    const tamperedId = target[0]!.id;
    // As a superuser could: switch the guard off, rewrite history, switch it on again.
    await db.pool.query('alter table audit_log disable trigger audit_log_no_change');
    await db.pool.query(`update audit_log set after = jsonb_set(after, '{state}', '"returned"') where id = $1`, [tamperedId]);
    await db.pool.query('alter table audit_log enable trigger audit_log_no_change');

    const error = await verify().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    expect((error as UserError).message).toContain(`broken at row ${tamperedId}`);
    expect(await verifyAuditChain(db.pool)).toMatchObject({ ok: false, firstBadRow: { rowId: tamperedId }, checked: tamperedId - 1 });
  });

  it('notices rows removed from the end of the chain', async () => {
    const fresh = await createTestApp();
    try {
      await buildReport(fresh.db.pool);
      const { rows } = await fresh.db.pool.query<{ id: number }>('select max(id) as id from audit_log');
      await fresh.db.pool.query('alter table audit_log disable trigger audit_log_no_change');
      await fresh.db.pool.query('delete from audit_log where id = $1', [rows[0]!.id]);
      await fresh.db.pool.query('alter table audit_log enable trigger audit_log_no_change');
      expect(await verifyAuditChain(fresh.db.pool)).toMatchObject({ ok: false, firstBadRow: { rowId: rows[0]!.id } });
    } finally {
      await fresh.db.drop();
    }
  });
});
