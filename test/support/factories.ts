// Builders for the implementation-tracking tests, in the style of Outline's buildShare: ask for a
// report in some state and get it together with whatever it needs (an obligation, the lead
// executor's user, a reviewer), made through the same use cases the API calls.
import type pg from 'pg';
import type { Role } from '../../src/core/access/roles';
import type { Report } from '../../src/contracts/api/reports';
import type { ReportState } from '../../src/core/obligations/obligation-status';
import { createReport } from '../../src/app/reports/create-report';
import { reviewReport } from '../../src/app/reports/review-report';
import { submitReport } from '../../src/app/reports/submit-report';
import { refreshObligations } from '../../src/app/obligations/refresh-obligations';
import { createUser, type TestUser } from './auth';

export interface ObligationRow {
  id: number;
  measureId: number;
  measureNumber: number;
  period: string;
  due: string;
  leadCode: string;
  coCodes: string[];
}

/** An open obligation without a report; `leadCode` picks the lead executor's organisation. */
export async function buildObligation(pool: pg.Pool, options: { leadCode?: string; measureId?: number; dueAfter?: string; dueBefore?: string } = {}): Promise<ObligationRow> {
  const { rows } = await pool.query<ObligationRow>(
    `select o.id, m.id as "measureId", m.number as "measureNumber", o.period, o.due::text as due, lo.code as "leadCode",
            array(select co.code from measure_executors x join organizations co on co.id = x.organization_id
                   where x.measure_id = m.id and x.role = 'co' order by x.position) as "coCodes"
       from obligations o join measures m on m.id = o.measure_id
       join measure_executors le on le.measure_id = m.id and le.role = 'lead' join organizations lo on lo.id = le.organization_id
      where not o.is_cancelled and not exists (select 1 from reports r where r.obligation_id = o.id)
        and ($1::text is null or lo.code = $1) and ($2::bigint is null or m.id = $2)
        and ($3::date is null or o.due >= $3) and ($4::date is null or o.due <= $4)
      order by o.due, o.id limit 1`,
    [options.leadCode ?? null, options.measureId ?? null, options.dueAfter ?? null, options.dueBefore ?? null],
  );
  const row = rows[0];
  if (!row) throw new Error(`No open obligation without a report matches ${JSON.stringify(options)}.`);
  return row;
}

export interface BuiltReport {
  report: Report;
  obligation: ObligationRow;
  author: TestUser;
  reviewer: TestUser | null;
}

/**
 * A report in the wanted state. Missing parents are made: an obligation (of `leadCode` when
 * given), an executor of its lead organisation, and for returned or accepted reports a reviewer.
 */
export async function buildReport(
  pool: pg.Pool,
  options: { state?: ReportState; obligation?: ObligationRow; leadCode?: string; author?: TestUser; reviewer?: TestUser; text?: string } = {},
): Promise<BuiltReport> {
  const obligation = options.obligation ?? (await buildObligation(pool, options.leadCode ? { leadCode: options.leadCode } : {}));
  const author = options.author ?? (await createUser(pool, { organizationCode: obligation.leadCode, roles: ['executor'] }));
  const state = options.state ?? 'draft';
  let report = await createReport(pool, author.actor, obligation.id, {
    text: options.text ?? `Отчёт о ходе исполнения за ${obligation.period}`,
    declaredStatus: 'completed',
    percentDone: 100,
  });
  let reviewer: TestUser | null = options.reviewer ?? null;
  if (state === 'draft') return { report, obligation, author, reviewer };
  report = await submitReport(pool, author.actor, report.id, report.version);
  if (state === 'submitted') return { report, obligation, author, reviewer };
  reviewer ??= await createUser(pool, { organizationCode: 'MIC', roles: ['reviewer'] });
  const decision = state === 'accepted' ? 'accepted' : 'returned';
  report = await reviewReport(pool, reviewer.actor, report.id, decision, decision === 'returned' ? 'Добавьте подтверждающие документы.' : null, report.version);
  return { report, obligation, author, reviewer };
}

/** A user of the organisation with the roles (shorthand over createUser). */
export function buildUser(pool: pg.Pool, organizationCode: string, ...roles: Role[]): Promise<TestUser> {
  return createUser(pool, { organizationCode, roles });
}

let organizationSerial = 0;

/** A new organisation, for tests that need one nobody else touches. */
export async function buildOrganization(pool: pg.Pool): Promise<string> {
  organizationSerial += 1;
  const code = `TEST-ORG-${process.pid}-${organizationSerial}`;
  await pool.query(
    `insert into organizations (code, kind, names, short_names) values ($1, 'agency', $2, $3)`,
    [code, { en: `Test agency ${organizationSerial}`, ru: `Тестовое агентство ${organizationSerial}` }, { en: `TA${organizationSerial}` }],
  );
  return code;
}

let measureSerial = 0;

/**
 * A new measure of the default plan with the deadline text, its lead (and co-executors), and its
 * obligations generated by the same refresh the server runs.
 */
export async function buildMeasure(pool: pg.Pool, options: { deadlineText: string; leadCode: string; coCodes?: string[] }): Promise<{ id: number; number: number }> {
  measureSerial += 1;
  const { rows } = await pool.query<{ id: number; number: number }>(
    `insert into measures (plan_id, area_id, number, names, completion_form, deadline_text, deadline_language, expected_result, is_illustrative)
     select p.id, (select a.id from plan_areas a where a.plan_id = p.id order by a.number limit 1),
            (select coalesce(max(m.number), 0) + 1 from measures m where m.plan_id = p.id), $1, $2, $3, 'ru', $4, true
       from plans p where p.code = 'MB-2024-2028'
     returning id, number`,
    [
      { ru: `Тестовое мероприятие ${measureSerial}`, en: `Test measure ${measureSerial}` },
      { ru: 'Информация в МПС', en: 'Information to the MIC' },
      options.deadlineText,
      { ru: 'Проверка', en: 'A check' },
    ],
  );
  const measure = rows[0]!;
  const executors = [options.leadCode, ...(options.coCodes ?? [])];
  for (const [position, code] of executors.entries()) {
    await pool.query(
      `insert into measure_executors (measure_id, organization_id, role, position) select $1, id, $2, $3 from organizations where code = $4`,
      [measure.id, position === 0 ? 'lead' : 'co', position, code],
    );
  }
  await refreshObligations(pool);
  return measure;
}
