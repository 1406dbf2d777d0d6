// A report written, given its evidence and submitted in one request (the way agency systems send
// reports): two statements inside the caller's transaction. The first locks the obligation, reads
// what the rules need and reserves the ids of the new rows; the second writes the report, its
// files, its history, its audit rows and the obligation's new status at once. Both are named
// prepared statements: PostgreSQL parses and plans them once per connection.
import type { LocalizedText } from '../../contracts/localized';
import type { Organization } from '../../contracts/api/organizations';
import type { EvidenceKind } from '../../core/obligations/evidence-type';
import type { DeclaredStatus, ObligationStatus, ReportState } from '../../core/obligations/obligation-status';
import { ORGANIZATION_JSON, type Queryable } from './queryable';
import type { NewAuditRow } from './audit';

export interface SubmissionTarget {
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
  leadOrganizationId: number;
  leadOrganization: Organization;
  coExecutorOrganizationIds: number[];
  existingReportId: number | null;
  /** The transaction's time: every row written by the submission carries it. */
  now: Date;
  /** Reserved only when the actor's organisation leads the measure and the obligation is open. */
  reservedReportId: number | null;
  reservedEvidenceIds: number[];
}

interface TargetRow {
  id: number;
  plan_code: string;
  measure_id: number;
  measure_number: number;
  measure_names: LocalizedText;
  period: string;
  due: string;
  is_cancelled: boolean;
  status: ObligationStatus;
  public_status: ObligationStatus;
  lead_id: number;
  lead: Organization;
  co_ids: number[];
  report_id: number | null;
  now: Date;
  reserved_report_id: number | null;
  reserved_evidence_ids: string[] | null;
}

// Ids are reserved only for a writer who will use them (the rules are checked again in the app).
const TARGET_SQL = `
  select t.*,
         case when t.may_write then nextval('reports_id_seq') end as reserved_report_id,
         case when t.may_write then (select array_agg(nextval('evidence_files_id_seq') order by g) from generate_series(1, $3::int) g) end
           as reserved_evidence_ids
    from (select o.id, p.code as plan_code, m.id as measure_id, m.number as measure_number, m.names as measure_names,
                 o.period, o.due, o.is_cancelled, o.status, o.public_status,
                 le.organization_id as lead_id, (select ${ORGANIZATION_JSON} from organizations o where o.id = le.organization_id) as lead,
                 (select coalesce(jsonb_agg(x.organization_id order by x.position), '[]') from measure_executors x where x.measure_id = m.id and x.role = 'co') as co_ids,
                 r.id as report_id, now() as now,
                 le.organization_id = $2 and not o.is_cancelled and r.id is null as may_write
            from obligations o
            join measures m on m.id = o.measure_id
            join plans p on p.id = m.plan_id
            join measure_executors le on le.measure_id = m.id and le.role = 'lead'
            left join reports r on r.obligation_id = o.id
           where o.id = $1
             for update of o) t`;

/** The obligation, locked until the end of the transaction; null when there is none. */
export async function lockSubmissionTarget(db: Queryable, obligationId: number, actorOrganizationId: number, fileCount: number): Promise<SubmissionTarget | null> {
  const { rows } = await db.query<TargetRow>({ name: 'report-submission-target', text: TARGET_SQL, values: [obligationId, actorOrganizationId, fileCount] });
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    planCode: row.plan_code,
    measureId: row.measure_id,
    measureNumber: row.measure_number,
    measureNames: row.measure_names,
    period: row.period,
    due: row.due,
    isCancelled: row.is_cancelled,
    status: row.status,
    publicStatus: row.public_status,
    leadOrganizationId: row.lead_id,
    leadOrganization: row.lead,
    coExecutorOrganizationIds: row.co_ids,
    existingReportId: row.report_id,
    now: row.now,
    reservedReportId: row.reserved_report_id,
    reservedEvidenceIds: (row.reserved_evidence_ids ?? []).map(Number), // bigint[] arrives as strings
  };
}

export interface SubmissionFile {
  id: number;
  fileName: string;
  kind: EvidenceKind;
  mediaType: string;
  sha256: string;
  content: Uint8Array;
}

export interface SubmissionWrite {
  reportId: number;
  obligationId: number;
  organizationId: number;
  userId: number;
  state: Extract<ReportState, 'draft' | 'submitted'>;
  version: number;
  text: string;
  declaredStatus: DeclaredStatus;
  percentDone: number;
  /** Uploaded by the actor's organisation (the lead). */
  files: readonly SubmissionFile[];
  /** History events in order, each with the report as it was after it. */
  events: ReadonlyArray<{ action: string; snapshot: unknown }>;
  audit: readonly NewAuditRow[];
  /** The obligation's statuses when they change; null when they stay. */
  statuses: { status: ObligationStatus; publicStatus: ObligationStatus } | null;
}

/**
 * One statement per file count: each file's content is its own parameter, sent in binary, never
 * copied into an array. (Data-modifying CTEs always run to completion, read or not.)
 */
function writeSql(fileCount: number): string {
  const fileRows = Array.from({ length: fileCount }, (_, i) => {
    const p = 16 + i * 7;
    return `($${p}::bigint, $1::bigint, $3::bigint, $${p + 1}::text, $${p + 2}::text, $${p + 3}::text, $${p + 4}::int, $${p + 5}::text, $${p + 6}::bytea, $10::boolean, $4::bigint)`;
  });
  return `
    with report as (
      insert into reports (id, obligation_id, organization_id, state, text, declared_status, percent_done, created_by, updated_by,
                           first_submitted_at, last_submitted_at, last_submitted_by, version)
      overriding system value
      values ($1, $2, $3, $5, $6, $7, $8, $4, $4,
              case when $10 then now() end, case when $10 then now() end, case when $10 then $4::bigint end, $9)
      returning id)${
        fileCount
          ? `,
    files as (
      insert into evidence_files (id, report_id, organization_id, file_name, kind, media_type, size_bytes, sha256, content, is_submitted, uploaded_by)
      overriding system value
      values ${fileRows.join(', ')}
      returning id)`
          : ''
      },
    events as (
      insert into report_events (report_id, actor_id, action, snapshot)
      select $1, $4, e.value->>'action', e.value->'snapshot' from jsonb_array_elements($11::jsonb) with ordinality as e(value, n) order by e.n
      returning id),
    audit as (
      insert into audit_log (at, actor_id, action, entity_type, entity_id, before, after)
      select date_trunc('milliseconds', statement_timestamp()), a.actor_id, a.action, a.entity_type, a.entity_id, a.before, a.after
        from jsonb_to_recordset($12::jsonb) as a(actor_id bigint, action text, entity_type text, entity_id text, before jsonb, after jsonb)),
    status as (
      update obligations set status = $14, public_status = $15, status_changed_at = now(), version = version + 1, updated_at = now()
       where id = $2 and $13)
    select (select array_agg(id order by id) from events) as event_ids`;
}

/** Writes everything; returns the ids of the history events, in order. */
export async function writeSubmission(db: Queryable, write: SubmissionWrite): Promise<number[]> {
  const isSubmitted = write.state === 'submitted';
  const values: unknown[] = [
    write.reportId,
    write.obligationId,
    write.organizationId,
    write.userId,
    write.state,
    write.text,
    write.declaredStatus,
    write.percentDone,
    write.version,
    isSubmitted,
    JSON.stringify(write.events),
    JSON.stringify(
      write.audit.map((r) => ({ actor_id: r.actorId, action: r.action, entity_type: r.entityType, entity_id: r.entityId, before: r.before, after: r.after })),
    ),
    write.statuses !== null,
    write.statuses?.status ?? null,
    write.statuses?.publicStatus ?? null,
  ];
  for (const file of write.files) {
    values.push(file.id, file.fileName, file.kind, file.mediaType, file.content.byteLength, file.sha256, Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
  }
  const { rows } = await db.query<{ event_ids: string[] }>({ name: `report-submission-write-${write.files.length}`, text: writeSql(write.files.length), values });
  return rows[0]!.event_ids.map(Number);
}
