// `zhospar schedule list` and `zhospar schedule set` against a seeded test database (DATABASE_URL
// points at it): the same work list and manual schedule as the API, audited as the system, with
// clear errors and exit codes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { main } from '../../src/cli/main';
import type { PlanScheduleItem } from '../../src/contracts/api/plan-schedules';
import { createApp } from '../../src/server/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildUser } from '../support/factories';
import { call } from './requests';

let db: TestDatabase;
let savedUrl: string | undefined;
let folder: string;
let stdout: MockInstance<typeof process.stdout.write>;
let stderr: MockInstance<typeof process.stderr.write>;

beforeAll(async () => {
  db = await createTestDatabase();
  savedUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = db.url;
  folder = mkdtempSync(join(tmpdir(), 'zhospar-schedule-cli-'));
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  rmSync(folder, { recursive: true, force: true });
  await db.drop();
});
beforeEach(() => {
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const written = (spy: MockInstance<typeof process.stdout.write>) => spy.mock.calls.map((c) => String(c[0])).join('');

/** Runs the command line as `zhospar` would; the exit code, standard output and standard error. */
async function zhospar(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  stdout.mockClear();
  stderr.mockClear();
  const code = await main(['node', 'zhospar', ...args]);
  return { code, out: written(stdout), err: written(stderr) };
}

async function measureId(number: number): Promise<number> {
  const { rows } = await db.pool.query<{ id: number }>("select m.id from measures m join plans p on p.id = m.plan_id where p.code = 'MB-2024-2028' and m.number = $1", [number]);
  return rows[0]!.id;
}

describe('zhospar schedule list', () => {
  it('prints the measures needing a schedule by hand with their deadline and the parser\u2019s reason', async () => {
    const { code, out } = await zhospar('schedule', 'list', '--status', 'needs_manual');
    expect(code).toBe(0);
    expect(out).toContain('MB-2024-2028: 3 measure(s) need a schedule set by hand, 0 set by hand, 76 read by the parser.');
    const lines = out.split('\n');
    expect(lines.find((line) => line.startsWith('NO.'))).toMatch(/^NO\.\s+ID\s+STATUS\s+OBLIGATIONS\s+VERSION\s+DEADLINE\s+WHY \/ NOTE$/);
    const row45 = lines.find((line) => line.startsWith('45 '))!;
    expect(row45).toMatch(/needs_manual\s+0\s+1\s+по мере необходимости\s+as-needed: /);
    expect(lines.filter((line) => /^\d+ /.test(line)).map((line) => line.split(/\s+/)[0])).toEqual(['45', '58', '74']);
  });

  it('prints JSON items as the API lists them, for one plan', async () => {
    const { code, out } = await zhospar('schedule', 'list', '--plan', 'mb-2024-2028', '--json');
    expect(code).toBe(0);
    const items = JSON.parse(out) as PlanScheduleItem[];
    expect(items).toHaveLength(79);
    expect(items.slice(0, 3).map((i) => [i.number, i.status, i.reason])).toEqual([
      [45, 'needs_manual', 'as-needed'],
      [58, 'needs_manual', 'unknown-words'],
      [74, 'needs_manual', 'unknown-words'],
    ]);
    expect(items[0]).toMatchObject({ planCode: 'MB-2024-2028', obligationCount: 0, version: 1 });
  });

  it('refuses an unknown status or plan with exit code 1 and a message', async () => {
    const status = await zhospar('schedule', 'list', '--status', 'guessed');
    expect(status.code).toBe(1);
    expect(status.err).toMatch(/--status must be one of needs_manual, manual, parsed/);
    const plan = await zhospar('schedule', 'list', '--plan', 'NO-SUCH-PLAN');
    expect(plan.code).toBe(1);
    expect(plan.err).toMatch(/no plan with the code "NO-SUCH-PLAN"/);
  });
});

describe('zhospar schedule set', () => {
  it('sets occurrences from --occurrence options, moves due dates to working days, and audits it as the system', async () => {
    const { code, out } = await zhospar(
      'schedule', 'set', '74', '--plan', 'MB-2024-2028',
      '--occurrence', '2025-H1=2025-07-10', '--occurrence', '2025-H2=2026-01-10', '--note', 'До 10 июля и 10 января',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/Measure 74 of MB-2024-2028 \(id \d+\) is scheduled by hand \(schedule version 2\): 2 obligation\(s\)\./);
    // 10 January 2026 is a Saturday. (The statuses depend on today's date.)
    expect(out).toMatch(/\n\nPERIOD\s+DUE\s+NOTE\s+STATUS\n/);
    expect(out).toMatch(/\n2025-H1\s+2025-07-10 Thu\s+(not_started|overdue)\n/);
    expect(out).toMatch(/\n2025-H2\s+2026-01-12 Mon\s+moved from 2026-01-10 Sat\s+(not_started|overdue)\n/);

    const id = await measureId(74);
    const { rows } = await db.pool.query<{ status: string; manual_note: string; updated_by: number | null }>('select status, manual_note, updated_by from measure_schedules where measure_id = $1', [id]);
    expect(rows[0]).toEqual({ status: 'manual', manual_note: 'До 10 июля и 10 января', updated_by: null });
    const audit = await db.pool.query<{ action: string; actor_id: number | null }>(
      "select action, actor_id from audit_log where (entity_type = 'measure_schedule' and entity_id = $1) or action = 'obligation.created' order by id desc limit 3",
      [String(id)],
    );
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['measure_schedule.manual_set', 'obligation.created', 'obligation.created']);
    expect(audit.rows.every((r) => r.actor_id === null)).toBe(true);

    // The API shows what the command line set.
    const app = createApp({ pool: db.pool, version: 'test', webRoot: null });
    const schedule = await call(app, 'GET', `/api/v1/measures/${id}/schedule`);
    expect(schedule.body).toMatchObject({ status: 'manual', version: 2, manualOccurrences: [{ period: '2025-H1', due: '2025-07-10' }, { period: '2025-H2', due: '2026-01-10' }] });
    const listed = JSON.parse((await zhospar('schedule', 'list', '--status', 'manual', '--json')).out) as PlanScheduleItem[];
    expect(listed.map((i) => [i.number, i.obligationCount, i.version])).toEqual([[74, 2, 2]]);
  });

  it('sets occurrences from a CSV file, by measure id, as JSON', async () => {
    const file = join(folder, 'occurrences.csv');
    writeFileSync(file, 'period,due\n2026,2027-01-25\n,2026-06-01\n');
    const id = await measureId(45);
    const { code, out } = await zhospar('schedule', 'set', `id:${id}`, '--file', file, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ measureId: id, status: 'manual', version: 2 });
    expect(result.obligations.map((o: { period: string; nominalDue: string; due: string }) => [o.period, o.nominalDue, o.due])).toEqual([
      ['2026-06-01', '2026-06-01', '2026-06-01'],
      // 25 January 2027 is a Monday.
      ['2026', '2027-01-25', '2027-01-25'],
    ]);
  });

  it('refuses a stale --expect-version with exit code 3 and changes nothing', async () => {
    const coordinator = await buildUser(db.pool, 'MIC', 'coordinator');
    const app = createApp({ pool: db.pool, version: 'test', webRoot: null });
    const id = await measureId(58);
    const changed = await call(app, 'POST', `/api/v1/measures/${id}/schedule`, { token: coordinator.token, ifMatch: 1, body: { occurrences: [{ period: '2025', due: '2025-09-30' }] } });
    expect(changed.status).toBe(200);
    const stale = await zhospar('schedule', 'set', '58', '--plan', 'MB-2024-2028', '--occurrence', '2025=2025-10-15', '--expect-version', '1');
    expect(stale.code).toBe(3);
    expect(stale.err).toMatch(/changed since you read it \(you sent version 1, it is now 2\)/);
    const { rows } = await db.pool.query<{ version: number }>('select version from measure_schedules where measure_id = $1', [id]);
    expect(rows[0]!.version).toBe(2);
    const current = await zhospar('schedule', 'set', '58', '--plan', 'MB-2024-2028', '--occurrence', '2025=2025-10-15', '--expect-version', '2');
    expect(current.code).toBe(0);
  });

  it('names each bad occurrence by its row or option, and refuses unclear requests, with exit code 1', async () => {
    const file = join(folder, 'bad.csv');
    writeFileSync(file, 'period,due\n2025-Q5,2025-04-10\n2025-Q2,2025-02-30\n');
    const bad = await zhospar('schedule', 'set', '15', '--plan', 'MB-2024-2028', '--file', file);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/row 2: the period "2025-Q5" is not a year, half-year, quarter, month or date/);
    expect(bad.err).toMatch(/row 3: the due date "2025-02-30" is not a date written YYYY-MM-DD/);

    const twice = await zhospar('schedule', 'set', '15', '--plan', 'MB-2024-2028', '--occurrence', '2025=2025-05-05', '--occurrence', '2025=2025-06-05');
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/the period 2025 is given twice/);

    const cases: Array<[string[], RegExp]> = [
      [['schedule', 'set', '15', '--occurrence', '2025=2025-05-05'], /name the plan of measure 15 with --plan/],
      [['schedule', 'set', '15', '--plan', 'MB-2024-2028'], /give the occurrences: --file occurrences\.csv/],
      [['schedule', 'set', '15', '--plan', 'MB-2024-2028', '--file', file, '--occurrence', '2025=2025-05-05'], /either in --file or with --occurrence/],
      [['schedule', 'set', '15', '--plan', 'MB-2024-2028', '--file', join(folder, 'missing.csv')], /does not exist/],
      [['schedule', 'set', '999', '--plan', 'MB-2024-2028', '--occurrence', '2025=2025-05-05'], /has no measure number 999/],
      [['schedule', 'set', 'id:99999999', '--occurrence', '2025=2025-05-05'], /no measure with the id 99999999/],
      [['schedule', 'set', 'forty-five', '--plan', 'MB-2024-2028', '--occurrence', '2025=2025-05-05'], /by its number in the plan/],
      [['schedule', 'set', '15', '--plan', 'MB-2024-2028', '--occurrence', 'Q1=2025=04'], /PERIOD=DUE/],
    ];
    for (const [args, message] of cases) {
      const result = await zhospar(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err, args.join(' ')).toMatch(message);
    }
    // Nothing was changed: measure 15 is still read by the parser.
    const { rows } = await db.pool.query<{ status: string; version: number }>('select status, version from measure_schedules where measure_id = $1', [await measureId(15)]);
    expect(rows[0]).toEqual({ status: 'parsed', version: 1 });
  });
});
