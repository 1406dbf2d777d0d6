// Obligations: one row per occurrence of a measure's schedule, with the denormalised status that
// core derives. Listing joins the measure, its executors and the lead report's summary.
import type { Organization } from '../../contracts/api/organizations';
import type { LocalizedText } from '../../contracts/localized';
import type { ObligationDates, ExistingObligation } from '../../core/obligations/obligation-changes';
import type { DeclaredStatus, ObligationStatus, ReportState } from '../../core/obligations/obligation-status';
import { civilDateSql } from './civil-date-sql';
import { ORGANIZATION_JSON, type Queryable } from './queryable';
import { visibleStatusSql, type StatusViewer } from './visible-status';

/** What core needs to derive a status. */
export interface ObligationStatusFacts {
  id: number;
  measureId: number;
  due: string;
  isCancelled: boolean;
  status: ObligationStatus;
  publicStatus: ObligationStatus;
  report: { state: ReportState; declaredStatus: DeclaredStatus; lastSubmittedOn: string | null } | null;
}

export interface ObligationRecord {
  id: number;
  planCode: string;
  measureId: number;
  measureNumber: number;
  measureNames: LocalizedText;
  deadlineText: string;
  period: string;
  nominalDue: string;
  due: string;
  dueDateAssumed: boolean;
  isCancelled: boolean;
  status: ObligationStatus;
  publicStatus: ObligationStatus;
  version: number;
  updatedAt: Date;
  leadOrganizationId: number;
  leadOrganization: Organization;
  coExecutorOrganizationIds: number[];
  report: { id: number; state: ReportState; version: number; declaredStatus: DeclaredStatus; percentDone: number; firstSubmittedOn: string | null } | null;
}

const FACTS_SQL = `
  select o.id, o.measure_id, o.due, o.is_cancelled, o.status, o.public_status,
         r.state as report_state, r.declared_status, ${civilDateSql('r.last_submitted_at')} as last_submitted_on
    from obligations o left join reports r on r.obligation_id = o.id`;

interface FactsRow {
  id: number;
  measure_id: number;
  due: string;
  is_cancelled: boolean;
  status: ObligationStatus;
  public_status: ObligationStatus;
  report_state: ReportState | null;
  declared_status: DeclaredStatus | null;
  last_submitted_on: string | null;
}

function toFacts(row: FactsRow): ObligationStatusFacts {
  return {
    id: row.id,
    measureId: row.measure_id,
    due: row.due,
    isCancelled: row.is_cancelled,
    status: row.status,
    publicStatus: row.public_status,
    report: row.report_state ? { state: row.report_state, declaredStatus: row.declared_status!, lastSubmittedOn: row.last_submitted_on } : null,
  };
}

/** Status facts of every obligation (the daily sweep), of one plan, or of one obligation (locked). */
export async function obligationStatusFacts(db: Queryable, scope: { planId?: number; obligationId?: number; lock?: boolean } = {}) {
  const { rows } = await db.query<FactsRow>(
    `${FACTS_SQL} join measures m on m.id = o.measure_id
      where ($1::bigint is null or m.plan_id = $1) and ($2::bigint is null or o.id = $2)
      order by o.id${scope.lock ? ' for update of o' : ''}`,
    [scope.planId ?? null, scope.obligationId ?? null],
  );
  return rows.map(toFacts);
}

/** The obligations of a plan's measures as the generator compares them with the schedules. */
export async function existingObligationsOfPlan(db: Queryable, planId: number): Promise<Map<number, ExistingObligation[]>> {
  const { rows } = await db.query<{ id: number; measure_id: number; period: string; nominal_due: string; due: string; due_date_assumed: boolean; is_cancelled: boolean; status: ObligationStatus }>(
    `select o.id, o.measure_id, o.period, o.nominal_due, o.due, o.due_date_assumed, o.is_cancelled, o.status
       from obligations o join measures m on m.id = o.measure_id where m.plan_id = $1 order by o.id`,
    [planId],
  );
  const byMeasure = new Map<number, ExistingObligation[]>();
  for (const r of rows) {
    const list = byMeasure.get(r.measure_id) ?? [];
    list.push({ id: r.id, period: r.period, nominalDue: r.nominal_due, due: r.due, dueDateAssumed: r.due_date_assumed, isCancelled: r.is_cancelled, status: r.status });
    byMeasure.set(r.measure_id, list);
  }
  return byMeasure;
}

export async function insertObligation(
  db: Queryable,
  measureId: number,
  dates: ObligationDates,
  status: ObligationStatus,
  publicStatus: ObligationStatus,
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into obligations (measure_id, period, nominal_due, due, due_date_assumed, status, public_status)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [measureId, dates.period, dates.nominalDue, dates.due, dates.dueDateAssumed, status, publicStatus],
  );
  return rows[0]!.id;
}

export async function updateObligation(
  db: Queryable,
  id: number,
  change: { dates?: ObligationDates; isCancelled?: boolean; status: ObligationStatus; publicStatus: ObligationStatus },
): Promise<void> {
  await db.query({
    name: 'obligation-update',
    text: `update obligations set
        nominal_due = coalesce($2, nominal_due), due = coalesce($3, due), due_date_assumed = coalesce($4, due_date_assumed),
        is_cancelled = coalesce($5, is_cancelled),
        status_changed_at = case when status <> $6 or public_status <> $7 then now() else status_changed_at end,
        status = $6, public_status = $7, version = version + 1, updated_at = now()
      where id = $1`,
    values: [id, change.dates?.nominalDue ?? null, change.dates?.due ?? null, change.dates?.dueDateAssumed ?? null, change.isCancelled ?? null, change.status, change.publicStatus],
  });
}

const RECORD_SQL = `
  select o.id, p.code as plan_code, m.id as measure_id, m.number as measure_number, m.names as measure_names, m.deadline_text,
         o.period, o.nominal_due, o.due, o.due_date_assumed, o.is_cancelled, o.status, o.public_status, o.version, o.updated_at,
         le.organization_id as lead_id, (select ${ORGANIZATION_JSON} from organizations o where o.id = le.organization_id) as lead,
         (select coalesce(jsonb_agg(x.organization_id order by x.position), '[]') from measure_executors x where x.measure_id = m.id and x.role = 'co') as co_ids,
         r.id as report_id, r.state as report_state, r.version as report_version, r.declared_status, r.percent_done,
         ${civilDateSql('r.first_submitted_at')} as first_submitted_on
    from obligations o
    join measures m on m.id = o.measure_id
    join plans p on p.id = m.plan_id
    join measure_executors le on le.measure_id = m.id and le.role = 'lead'
    left join reports r on r.obligation_id = o.id`;

interface RecordRow {
  id: number;
  plan_code: string;
  measure_id: number;
  measure_number: number;
  measure_names: LocalizedText;
  deadline_text: string;
  period: string;
  nominal_due: string;
  due: string;
  due_date_assumed: boolean;
  is_cancelled: boolean;
  status: ObligationStatus;
  public_status: ObligationStatus;
  version: number;
  updated_at: Date;
  lead_id: number;
  lead: Organization;
  co_ids: number[];
  report_id: number | null;
  report_state: ReportState | null;
  report_version: number | null;
  declared_status: DeclaredStatus | null;
  percent_done: number | null;
  first_submitted_on: string | null;
}

function toRecord(row: RecordRow): ObligationRecord {
  return {
    id: row.id,
    planCode: row.plan_code,
    measureId: row.measure_id,
    measureNumber: row.measure_number,
    measureNames: row.measure_names,
    deadlineText: row.deadline_text,
    period: row.period,
    nominalDue: row.nominal_due,
    due: row.due,
    dueDateAssumed: row.due_date_assumed,
    isCancelled: row.is_cancelled,
    status: row.status,
    publicStatus: row.public_status,
    version: row.version,
    updatedAt: row.updated_at,
    leadOrganizationId: row.lead_id,
    leadOrganization: row.lead,
    coExecutorOrganizationIds: row.co_ids,
    report:
      row.report_id === null
        ? null
        : {
            id: row.report_id,
            state: row.report_state!,
            version: row.report_version!,
            declaredStatus: row.declared_status!,
            percentDone: row.percent_done!,
            firstSubmittedOn: row.first_submitted_on,
          },
  };
}

export async function findObligation(db: Queryable, id: number, lock = false): Promise<ObligationRecord | null> {
  // A named prepared statement: opening a report reads (and locks) its obligation.
  const text = `${RECORD_SQL} where o.id = $1${lock ? ' for update of o' : ''}`;
  const { rows } = await db.query<RecordRow>({ name: lock ? 'obligation-by-id-locked' : 'obligation-by-id', text, values: [id] });
  return rows[0] ? toRecord(rows[0]) : null;
}

export interface ObligationFilter {
  /** Obligations of measures this organisation executes (as lead, or as lead or co-executor). */
  organizationId?: number | undefined;
  executorRole?: 'lead' | 'any' | undefined;
  /** Matched against the status the viewer may see (internal or public). */
  statuses?: readonly ObligationStatus[] | undefined;
  dueAfter?: string | undefined;
  dueBefore?: string | undefined;
  planCode?: string | undefined;
  measureId?: number | undefined;
  /** The viewer: internal readers see every internal status, others only for their organisation's measures. */
  viewer: StatusViewer;
  limit: number;
  offset: number;
}

/** Ordered by due date, then measure number and period: what is due first comes first. */
export async function listObligations(db: Queryable, filter: ObligationFilter): Promise<{ items: ObligationRecord[]; total: number }> {
  const { rows } = await db.query<RecordRow & { total: number }>(
    `select q.*, count(*) over () as total from (
       select b.*, ${visibleStatusSql({ measureId: 'b.measure_id', status: 'b.status', publicStatus: 'b.public_status' }, '$1', '$2')} as visible_status
         from (${RECORD_SQL}) b) q
      where ($3::bigint is null or exists (select 1 from measure_executors e where e.measure_id = q.measure_id and e.organization_id = $3
                                            and ($4 = 'any' or e.role = 'lead')))
        and ($5::text[] is null or q.visible_status = any($5))
        and ($6::date is null or q.due >= $6) and ($7::date is null or q.due <= $7)
        and ($8::text is null or q.plan_code = $8) and ($9::bigint is null or q.measure_id = $9)
      order by q.due, q.measure_number, q.period
      limit $10 offset $11`,
    [
      filter.viewer.canReadInternal,
      filter.viewer.organizationId,
      filter.organizationId ?? null,
      filter.executorRole ?? 'any',
      filter.statuses ?? null,
      filter.dueAfter ?? null,
      filter.dueBefore ?? null,
      filter.planCode ?? null,
      filter.measureId ?? null,
      filter.limit,
      filter.offset,
    ],
  );
  if (rows.length === 0 && filter.offset > 0) {
    const all = await listObligations(db, { ...filter, limit: 1, offset: 0 });
    return { items: [], total: all.total };
  }
  return { items: rows.map(toRecord), total: rows[0]?.total ?? 0 };
}
