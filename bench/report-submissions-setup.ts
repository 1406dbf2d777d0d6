// Data for the report-submission benchmark: executor users with API tokens (through the app layer,
// as `zhospar user add` and `zhospar token create` make them), and enough open obligations for
// every executor to submit a report on a new one in each iteration.
//
// The default plan has 390 obligations; one report each. 200 executors submitting for a minute need
// thousands, so the benchmark adds one-off obligations (periods that are dates from 2031 on) to the
// measures each executor's organisation leads. Each executor gets its own, so that concurrent
// executors never compete for one report: the benchmark measures the submission path, not a
// queue on one row.
import type pg from 'pg';
import { createApiToken } from '../src/app/auth/create-api-token';
import { createUser } from '../src/app/auth/create-user';

export interface BenchExecutor {
  email: string;
  token: string;
  organizationCode: string;
  obligationIds: number[];
}

export interface LeadMeasure {
  id: number;
  leadExecutorCode: string;
}

const FIRST_SYNTHETIC_DAY = Date.UTC(2031, 0, 1);

/** Runs `work` over items with at most `limit` at a time. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

export async function createBenchExecutors(
  pool: pg.Pool,
  measures: readonly LeadMeasure[],
  options: { executors: number; obligationsEach: number },
): Promise<BenchExecutor[]> {
  const byOrganization = new Map<string, number[]>();
  for (const measure of measures) {
    const list = byOrganization.get(measure.leadExecutorCode) ?? [];
    list.push(measure.id);
    byOrganization.set(measure.leadExecutorCode, list);
  }
  const organizations = [...byOrganization.keys()].sort();
  const password = 'bench password for executors only';
  // argon2 hashing is the slow part of creating a user: a few at a time keeps the machine responsive.
  const executors = await inBatches(Array.from({ length: options.executors }, (_, i) => i), 4, async (i) => {
    const organizationCode = organizations[i % organizations.length]!;
    const email = `bench-executor-${i}@bench.zhospar.kz`;
    const { user } = await createUser(pool, { email, name: `Bench executor ${i}`, organizationCode, roles: ['executor'], password });
    const { token } = await createApiToken(pool, { userId: user.id, name: 'report-submissions benchmark' });
    return { email, token, organizationCode, obligationIds: [] as number[] };
  });

  // One-off obligations: distinct dates per measure, so (measure, period) stays unique.
  const nextDay = new Map<number, number>();
  for (const [i, executor] of executors.entries()) {
    const measureIds = byOrganization.get(executor.organizationCode)!;
    const rows = Array.from({ length: options.obligationsEach }, (_, k) => {
      const measureId = measureIds[(i + k) % measureIds.length]!;
      const day = nextDay.get(measureId) ?? 0;
      nextDay.set(measureId, day + 1);
      return { measureId, date: new Date(FIRST_SYNTHETIC_DAY + day * 86_400_000).toISOString().slice(0, 10) };
    });
    const { rows: inserted } = await pool.query<{ id: string }>(
      `insert into obligations (measure_id, period, nominal_due, due, due_date_assumed, status, public_status)
       select m, d, d::date, d::date, false, 'not_started', 'not_started' from unnest($1::bigint[], $2::text[]) as t(m, d)
       returning id`,
      [rows.map((r) => r.measureId), rows.map((r) => r.date)],
    );
    executor.obligationIds = inserted.map((r) => Number(r.id));
  }
  return executors;
}

export interface AcknowledgedSubmission {
  reportId: number;
  evidenceBytes: number;
}

/**
 * Every acknowledged submission must be in the database: the report in state submitted (or
 * accepted) with exactly the evidence bytes that were sent. Returns the ids that are not.
 */
export async function findLostSubmissions(pool: pg.Pool, acknowledged: readonly AcknowledgedSubmission[]): Promise<number[]> {
  const { rows } = await pool.query<{ id: string; state: string; files: string; bytes: string | null }>(
    `select r.id, r.state, count(e.id) as files, sum(octet_length(e.content)) as bytes
       from reports r left join evidence_files e on e.report_id = r.id and e.is_submitted
      where r.id = any($1::bigint[])
      group by r.id, r.state`,
    [acknowledged.map((a) => a.reportId)],
  );
  const stored = new Map(rows.map((row) => [Number(row.id), row]));
  return acknowledged
    .filter((a) => {
      const row = stored.get(a.reportId);
      return !row || !['submitted', 'accepted'].includes(row.state) || Number(row.files) !== 1 || Number(row.bytes) !== a.evidenceBytes;
    })
    .map((a) => a.reportId);
}
