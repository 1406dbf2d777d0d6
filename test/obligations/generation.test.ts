// Obligations generated from the default dataset's 79 deadlines: counts per schedule kind, moves
// off weekends and holidays, idempotence, manual schedules and holiday changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshObligations } from '../../src/app/obligations/refresh-obligations';
import { startObligationUpkeep } from '../../src/app/obligations/obligation-upkeep';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { buildUser } from '../support/factories';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

async function measureId(number: number): Promise<number> {
  const { rows } = await db.pool.query<{ id: number }>("select m.id from measures m join plans p on p.id = m.plan_id where p.code = 'MB-2024-2028' and m.number = $1", [number]);
  return rows[0]!.id;
}

async function obligationsOf(number: number) {
  const { rows } = await db.pool.query<{ period: string; nominal_due: string; due: string; due_date_assumed: boolean; is_cancelled: boolean }>(
    `select o.period, o.nominal_due, o.due, o.due_date_assumed, o.is_cancelled from obligations o
      where o.measure_id = $1 order by o.period`,
    [await measureId(number)],
  );
  return rows;
}

describe('obligations of the default dataset', () => {
  it('has one obligation per occurrence: 31 one-offs, 300 recurring, 59 continuous', async () => {
    const { rows } = await db.pool.query<{ status: string; n: number; obligations: number }>(
      `select s.status, count(distinct s.measure_id) as n, count(o.id) as obligations
         from measure_schedules s left join obligations o on o.measure_id = s.measure_id group by s.status order by s.status`,
    );
    expect(rows).toEqual([
      { status: 'needs_manual', n: 3, obligations: 0 },
      { status: 'parsed', n: 76, obligations: 390 },
    ]);
    const { rows: kinds } = await db.pool.query<{ kind: string; n: number }>(
      `select s.schedule->>'kind' as kind, count(o.id) as n from measure_schedules s join obligations o on o.measure_id = s.measure_id
        group by 1 order by 1`,
    );
    expect(kinds).toEqual([
      { kind: 'continuous', n: 59 },
      { kind: 'once', n: 31 },
      { kind: 'recurring', n: 300 },
    ]);
  });

  it('yields 20 quarterly obligations for "ежеквартально, до 10 числа ..." and moves a Saturday to Monday', async () => {
    const rows = await obligationsOf(15);
    expect(rows.map((r) => r.period)).toEqual(['2024', '2025', '2026', '2027', '2028'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)));
    expect(rows.find((r) => r.period === '2024-Q1')).toMatchObject({ nominal_due: '2024-04-10', due: '2024-04-10', due_date_assumed: false });
    // 10 January 2026 is a Saturday.
    expect(rows.find((r) => r.period === '2025-Q4')).toMatchObject({ nominal_due: '2026-01-10', due: '2026-01-12' });
  });

  it('moves past a weekend and a public holiday together (15 Dec 2024 is a Sunday, 16 Dec Independence Day)', async () => {
    const rows = await obligationsOf(42);
    expect(rows[0]).toMatchObject({ period: '2024', nominal_due: '2024-12-15', due: '2024-12-17' });
    const { rows: moved } = await db.pool.query<{ n: number }>('select count(*) as n from obligations where due <> nominal_due');
    expect(moved[0]!.n).toBe(108);
  });

  it('marks continuous obligations as due on an assumed date', async () => {
    const rows = await obligationsOf(10);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.due_date_assumed && r.nominal_due.endsWith('-12-31'))).toBe(true);
  });

  it('flags deadlines the parser cannot read, with its reason, and generates nothing for them', async () => {
    const { rows } = await db.pool.query<{ number: number; reason: string; message: string }>(
      `select m.number, s.reason, s.message from measure_schedules s join measures m on m.id = s.measure_id where s.status = 'needs_manual' order by m.number`,
    );
    expect(rows.map((r) => [r.number, r.reason])).toEqual([
      [45, 'as-needed'],
      [58, 'unknown-words'],
      [74, 'unknown-words'],
    ]);
    const schedule = await call(app, 'GET', `/api/v1/measures/${await measureId(45)}/schedule`);
    expect(schedule.status).toBe(200);
    expect(schedule.body).toMatchObject({ status: 'needs_manual', reason: 'as-needed', obligations: [] });
    expect(schedule.body.message).toMatch(/по мере необходимости/);
  });

  it('changes nothing when generated again', async () => {
    const before = await db.pool.query('select id, period, due, status, version from obligations order by id');
    const audit = await db.pool.query<{ n: number }>('select count(*) as n from audit_log');
    const result = await refreshObligations(db.pool);
    expect(result).toMatchObject({ created: 0, rescheduled: 0, cancelled: 0, restored: 0, statusChanges: 0, measures: 79 });
    expect((await db.pool.query('select id, period, due, status, version from obligations order by id')).rows).toEqual(before.rows);
    expect((await db.pool.query<{ n: number }>('select count(*) as n from audit_log')).rows[0]!.n).toBe(audit.rows[0]!.n);
  });

  it('is kept up to date by the server\'s upkeep, which finds nothing to do on a current database', async () => {
    const lines: string[] = [];
    const upkeep = startObligationUpkeep(db.pool, (line) => lines.push(line));
    await upkeep.ready;
    await upkeep.stop();
    expect(lines).toEqual([]);
  });
});

describe('manual schedules', () => {
  it('lets a coordinator schedule an unreadable deadline by hand, with the version', async () => {
    const coordinator = await buildUser(db.pool, 'MIC', 'coordinator');
    const id = await measureId(74);
    const before = await call(app, 'GET', `/api/v1/measures/${id}/schedule`);
    const body = { occurrences: [{ period: '2025-H1', due: '2025-07-10' }, { period: '2025-H2', due: '2026-01-10' }], note: 'До 10 июля и 10 января' };
    const missing = await call(app, 'POST', `/api/v1/measures/${id}/schedule`, { token: coordinator.token, body });
    expect(missing.status).toBe(428);
    const stale = await call(app, 'POST', `/api/v1/measures/${id}/schedule`, { token: coordinator.token, body, ifMatch: before.body.version + 5 });
    expect(stale.status).toBe(409);
    const saved = await call(app, 'POST', `/api/v1/measures/${id}/schedule`, { token: coordinator.token, body, ifMatch: before.body.version });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe(`"${before.body.version + 1}"`);
    expect(saved.body.status).toBe('manual');
    expect(saved.body.obligations.map((o: { period: string; due: string; nominalDue: string }) => [o.period, o.nominalDue, o.due])).toEqual([
      ['2025-H1', '2025-07-10', '2025-07-10'],
      ['2025-H2', '2026-01-10', '2026-01-12'],
    ]);
    const audit = await db.pool.query<{ action: string; actor_id: number }>(
      "select action, actor_id from audit_log where (entity_type = 'measure_schedule' and entity_id = $1) or action = 'obligation.created' order by id desc limit 3",
      [String(id)],
    );
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['measure_schedule.manual_set', 'obligation.created', 'obligation.created']);
    expect(audit.rows.every((r) => r.actor_id === coordinator.userId)).toBe(true);
    // Dropping a period cancels its obligation instead of deleting it.
    const shorter = await call(app, 'POST', `/api/v1/measures/${id}/schedule`, {
      token: coordinator.token,
      body: { occurrences: [{ period: '2025-H1', due: '2025-07-10' }], version: saved.body.version },
    });
    expect(shorter.status).toBe(200);
    expect(shorter.body.obligations.map((o: { period: string; status: string }) => [o.period, o.status])).toContainEqual(['2025-H2', 'cancelled']);
  });

  it('refuses executors and viewers, and repeated periods', async () => {
    const id = await measureId(45);
    for (const role of ['executor', 'viewer', 'reviewer'] as const) {
      const user = await buildUser(db.pool, 'MTI', role);
      expect((await call(app, 'POST', `/api/v1/measures/${id}/schedule`, { token: user.token, body: { occurrences: [{ due: '2025-05-05' }], version: 1 } })).status).toBe(403);
    }
    const coordinator = await buildUser(db.pool, 'MIC', 'coordinator');
    const twice = await call(app, 'POST', `/api/v1/measures/${id}/schedule`, {
      token: coordinator.token,
      body: { occurrences: [{ period: '2025', due: '2025-05-05' }, { period: '2025', due: '2025-06-05' }], version: 1 },
    });
    expect(twice.status).toBe(422);
  });
});

describe('holiday calendar', () => {
  it('moves open due dates when an admin adds a day off, and back when it is removed (audited)', async () => {
    const admin = await buildUser(db.pool, 'MIC', 'admin');
    // Measure 15's 2027-Q1 obligation is due Monday 12 April 2027 (10 April is a Saturday).
    const before = (await obligationsOf(15)).find((r) => r.period === '2027-Q1')!;
    expect(before.due).toBe('2027-04-12');
    const put = await call(app, 'PUT', '/api/v1/calendar/holidays/2027-04-12', {
      token: admin.token,
      body: { kind: 'transferred-day-off', names: { en: 'Test day off', ru: 'Тестовый выходной' } },
    });
    expect(put.status).toBe(200);
    expect(put.body.rescheduledObligations).toBeGreaterThan(0);
    expect((await obligationsOf(15)).find((r) => r.period === '2027-Q1')!.due).toBe('2027-04-13');
    const got = await call(app, 'GET', '/api/v1/calendar/holidays/2027-04-12');
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('"1"');

    expect((await call(app, 'DELETE', '/api/v1/calendar/holidays/2027-04-12', { token: admin.token })).status).toBe(428);
    expect((await call(app, 'DELETE', '/api/v1/calendar/holidays/2027-04-12', { token: admin.token, ifMatch: 2 })).status).toBe(409);
    const removed = await call(app, 'DELETE', '/api/v1/calendar/holidays/2027-04-12', { token: admin.token, ifMatch: 1 });
    expect(removed.status).toBe(200);
    expect((await obligationsOf(15)).find((r) => r.period === '2027-Q1')!.due).toBe('2027-04-12');
    expect((await call(app, 'GET', '/api/v1/calendar/holidays/2027-04-12')).status).toBe(404);

    const { rows } = await db.pool.query<{ action: string }>(
      "select action from audit_log where actor_id = $1 and action in ('calendar_day.saved', 'calendar_day.removed', 'obligation.rescheduled') order by id",
      [admin.userId],
    );
    expect(rows[0]!.action).toBe('calendar_day.saved');
    expect(rows.filter((r) => r.action === 'obligation.rescheduled').length).toBe(put.body.rescheduledObligations + removed.body.rescheduledObligations);
  });

  it('lists the calendar publicly and refuses changes from other roles and nonsense days', async () => {
    const list = await call(app, 'GET', '/api/v1/calendar/holidays?year=2025');
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { date: string }) => d.date)).toContain('2025-03-21');
    const viewer = await buildUser(db.pool, 'MIC', 'viewer');
    const body = { kind: 'public-holiday', names: { en: 'x', ru: 'x' } };
    expect((await call(app, 'PUT', '/api/v1/calendar/holidays/2027-06-01', { token: viewer.token, body })).status).toBe(403);
    expect((await call(app, 'PUT', '/api/v1/calendar/holidays/2027-06-01', { body })).status).toBe(401);
    const coordinator = await buildUser(db.pool, 'MIC', 'coordinator');
    const weekday = await call(app, 'PUT', '/api/v1/calendar/holidays/2027-06-01', { token: coordinator.token, body: { ...body, kind: 'working-day' } });
    expect(weekday.status).toBe(422);
  });
});
