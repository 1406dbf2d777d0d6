// Executors' reports on obligations, with their contributions and history. The report row is
// locked (for update) by every use case that changes it, which serialises the lead's edits,
// co-executors' contributions, evidence uploads and reviews of one report.
import type { LocalizedText } from '../../contracts/localized';
import type { DeclaredStatus, ObligationStatus, ReportState } from '../../core/obligations/obligation-status';
import { AUTHORING_EVENTS } from '../../core/obligations/report-policy';
import { ORGANIZATION_JSON, type Queryable } from './queryable';
import type { Organization } from '../../contracts/api/organizations';

export interface Person {
  id: number;
  name: string;
}

export interface ContributionRecord {
  organizationId: number;
  organization: Organization;
  text: string;
  updatedBy: Person;
  updatedAt: Date;
  version: number;
}

/** The obligation a report is on, as reports show it. */
export interface ReportObligation {
  id: number;
  planCode: string;
  measureId: number;
  measureNumber: number;
  measureNames: LocalizedText;
  period: string;
  due: string;
  isCancelled: boolean;
  status: ObligationStatus;
  publicStatus: ObligationStatus;
}

export interface ReportRecord {
  id: number;
  obligationId: number;
  organizationId: number;
  state: ReportState;
  text: string;
  declaredStatus: DeclaredStatus;
  percentDone: number;
  version: number;
  createdAt: Date;
  createdBy: Person;
  updatedAt: Date;
  updatedBy: Person;
  firstSubmittedAt: Date | null;
  lastSubmittedAt: Date | null;
  lastSubmittedBy: Person | null;
  reviewedAt: Date | null;
  reviewedBy: Person | null;
  reviewComment: string | null;
  obligation: ReportObligation;
  leadOrganizationId: number;
  leadOrganization: Organization;
  coExecutorOrganizationIds: number[];
  authorUserIds: number[];
  contributions: ContributionRecord[];
}

const PERSON = (column: string) => `(select jsonb_build_object('id', u.id, 'name', u.name) from users u where u.id = ${column})`;

const AUTHORING_ACTIONS = `(${AUTHORING_EVENTS.map((a) => `'${a}'`).join(',')})`;

const REPORT_SQL = `
  select r.id, r.obligation_id, r.organization_id, r.state, r.text, r.declared_status, r.percent_done, r.version,
         r.created_at, ${PERSON('r.created_by')} as created_by, r.updated_at, ${PERSON('r.updated_by')} as updated_by,
         r.first_submitted_at, r.last_submitted_at, ${PERSON('r.last_submitted_by')} as last_submitted_by,
         r.reviewed_at, ${PERSON('r.reviewed_by')} as reviewed_by, r.review_comment,
         jsonb_build_object('id', ob.id, 'planCode', p.code, 'measureId', m.id, 'measureNumber', m.number, 'measureNames', m.names,
           'period', ob.period, 'due', ob.due, 'isCancelled', ob.is_cancelled, 'status', ob.status, 'publicStatus', ob.public_status) as obligation,
         le.organization_id as lead_id, (select ${ORGANIZATION_JSON} from organizations o where o.id = le.organization_id) as lead,
         (select coalesce(jsonb_agg(x.organization_id order by x.position), '[]') from measure_executors x where x.measure_id = m.id and x.role = 'co') as co_ids,
         (select coalesce(jsonb_agg(distinct e.actor_id), '[]') from report_events e where e.report_id = r.id and e.actor_id is not null
                 and e.action in ${AUTHORING_ACTIONS}) as author_ids,
         coalesce((select jsonb_agg(jsonb_build_object('organizationId', c.organization_id, 'organization',
                     (select ${ORGANIZATION_JSON} from organizations o where o.id = c.organization_id), 'text', c.text,
                     'updatedBy', ${PERSON('c.updated_by')}, 'updatedAt', c.updated_at, 'version', c.version) order by c.organization_id)
                   from report_contributions c where c.report_id = r.id), '[]') as contributions
    from reports r
    join obligations ob on ob.id = r.obligation_id
    join measures m on m.id = ob.measure_id
    join plans p on p.id = m.plan_id
    join measure_executors le on le.measure_id = m.id and le.role = 'lead'`;

interface ReportRow {
  id: number;
  obligation_id: number;
  organization_id: number;
  state: ReportState;
  text: string;
  declared_status: DeclaredStatus;
  percent_done: number;
  version: number;
  created_at: Date;
  created_by: Person;
  updated_at: Date;
  updated_by: Person;
  first_submitted_at: Date | null;
  last_submitted_at: Date | null;
  last_submitted_by: Person | null;
  reviewed_at: Date | null;
  reviewed_by: Person | null;
  review_comment: string | null;
  obligation: ReportRecord['obligation'];
  lead_id: number;
  lead: Organization;
  co_ids: number[];
  author_ids: number[];
  contributions: Array<Omit<ContributionRecord, 'updatedAt'> & { updatedAt: string }>;
}

function toRecord(row: ReportRow): ReportRecord {
  return {
    id: row.id,
    obligationId: row.obligation_id,
    organizationId: row.organization_id,
    state: row.state,
    text: row.text,
    declaredStatus: row.declared_status,
    percentDone: row.percent_done,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    firstSubmittedAt: row.first_submitted_at,
    lastSubmittedAt: row.last_submitted_at,
    lastSubmittedBy: row.last_submitted_by,
    reviewedAt: row.reviewed_at,
    reviewedBy: row.reviewed_by,
    reviewComment: row.review_comment,
    obligation: row.obligation,
    leadOrganizationId: row.lead_id,
    leadOrganization: row.lead,
    coExecutorOrganizationIds: row.co_ids,
    authorUserIds: row.author_ids,
    contributions: row.contributions.map((c) => ({ ...c, updatedAt: new Date(c.updatedAt) })),
  };
}

const REPORT_BY_ID_SQL = `${REPORT_SQL} where r.id = $1`;
const REPORT_BY_ID_LOCKED_SQL = `${REPORT_BY_ID_SQL} for update of r`;

export async function findReport(db: Queryable, id: number, lock = false): Promise<ReportRecord | null> {
  // Named prepared statements (here and below): the report use cases run them on every change.
  const { rows } = await db.query<ReportRow>(lock ? { name: 'report-by-id-locked', text: REPORT_BY_ID_LOCKED_SQL, values: [id] } : { name: 'report-by-id', text: REPORT_BY_ID_SQL, values: [id] });
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function findReportIdOfObligation(db: Queryable, obligationId: number): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('select id from reports where obligation_id = $1', [obligationId]);
  return rows[0]?.id ?? null;
}

export interface ReportFields {
  text: string;
  declaredStatus: DeclaredStatus;
  percentDone: number;
}

/** Inserts the draft; null when the obligation has a report already (a concurrent create won). */
export async function insertReport(db: Queryable, obligationId: number, organizationId: number, fields: ReportFields, userId: number): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>({
    name: 'report-insert',
    text: `insert into reports (obligation_id, organization_id, state, text, declared_status, percent_done, created_by, updated_by)
     values ($1, $2, 'draft', $3, $4, $5, $6, $6) on conflict (obligation_id) do nothing returning id`,
    values: [obligationId, organizationId, fields.text, fields.declaredStatus, fields.percentDone, userId],
  });
  return rows[0]?.id ?? null;
}

export async function updateReportFields(db: Queryable, id: number, fields: ReportFields, userId: number): Promise<void> {
  await db.query({
    name: 'report-update-fields',
    text: `update reports set text = $2, declared_status = $3, percent_done = $4, updated_by = $5, updated_at = now(), version = version + 1
      where id = $1`,
    values: [id, fields.text, fields.declaredStatus, fields.percentDone, userId],
  });
}

export async function markReportSubmitted(db: Queryable, id: number, userId: number): Promise<void> {
  await db.query({
    name: 'report-mark-submitted',
    text: `update reports set state = 'submitted', first_submitted_at = coalesce(first_submitted_at, now()), last_submitted_at = now(),
        last_submitted_by = $2, updated_at = now(), version = version + 1
      where id = $1`,
    values: [id, userId],
  });
}

export async function markReportReviewed(db: Queryable, id: number, state: 'accepted' | 'returned', userId: number, comment: string | null): Promise<void> {
  await db.query(
    `update reports set state = $2, reviewed_at = now(), reviewed_by = $3, review_comment = $4, updated_at = now(), version = version + 1
      where id = $1`,
    [id, state, userId, comment],
  );
}

/** Creates or replaces an organisation's contribution; returns its new version. */
export async function saveContribution(db: Queryable, reportId: number, organizationId: number, text: string, userId: number): Promise<number> {
  const { rows } = await db.query<{ version: number }>(
    `insert into report_contributions as c (report_id, organization_id, text, updated_by) values ($1, $2, $3, $4)
     on conflict (report_id, organization_id) do update set text = excluded.text, updated_by = excluded.updated_by,
       updated_at = now(), version = c.version + 1
     returning version`,
    [reportId, organizationId, text, userId],
  );
  return rows[0]!.version;
}

export interface ReportEventRecord {
  id: number;
  at: Date;
  actor: Person | null;
  action: string;
  comment: string | null;
  snapshot: unknown;
}

export async function insertReportEvent(db: Queryable, reportId: number, actorId: number, action: string, comment: string | null, snapshot: unknown): Promise<void> {
  await db.query({
    name: 'report-event-insert',
    text: 'insert into report_events (report_id, actor_id, action, comment, snapshot) values ($1, $2, $3, $4, $5)',
    values: [reportId, actorId, action, comment, JSON.stringify(snapshot)],
  });
}

export async function listReportEvents(db: Queryable, reportId: number): Promise<ReportEventRecord[]> {
  const { rows } = await db.query<{ id: number; at: Date; actor: Person | null; action: string; comment: string | null; snapshot: unknown }>({
    name: 'report-events',
    text: `select e.id, e.at, ${PERSON('e.actor_id')} as actor, e.action, e.comment, e.snapshot
       from report_events e where e.report_id = $1 order by e.id`,
    values: [reportId],
  });
  return rows;
}

/** Submitted reports by due date, then by submission time: what is due first is reviewed first. */
export async function listSubmittedReports(db: Queryable, paging: { limit: number; offset: number }): Promise<{ items: ReportRecord[]; total: number }> {
  const { rows } = await db.query<ReportRow>(
    `${REPORT_SQL}
      where r.state = 'submitted' order by ob.due, r.last_submitted_at, r.id limit $1 offset $2`,
    [paging.limit, paging.offset],
  );
  const { rows: count } = await db.query<{ n: number }>("select count(*) as n from reports where state = 'submitted'");
  return { items: rows.map(toRecord), total: count[0]!.n };
}
