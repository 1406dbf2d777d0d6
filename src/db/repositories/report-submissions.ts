// A report written, given its evidence and submitted in one request (the way agency systems send
// reports), in two statements and no explicit transaction: the first reads what the rules need
// and reserves the ids of the new rows; the second writes the report, its files, its history, its
// audit rows and the obligation's new status, all or nothing (one statement is one transaction),
// and only if the obligation is still as it was read: it locks the obligation row and checks its
// version, so a change in between (a reschedule, a cancellation, a status sweep) makes it write
// nothing and the caller reads again. A report created in between fails the one-report-per-
// obligation constraint. Both are named prepared statements, parsed and planned once per
// connection; every round trip saved matters on a busy reporting day.
import type { LocalizedText } from '../../contracts/localized';
import type { Organization } from '../../contracts/api/organizations';
import type { EvidenceKind } from '../../core/obligations/evidence-type';
import type { DeclaredStatus, ObligationStatus, ReportState } from '../../core/obligations/obligation-status';
import { ORGANIZATION_JSON, type Queryable } from './queryable';
import type { NewAuditRow } from './audit';
import type { ReportObligation, ReportRecord } from './reports';

/** The obligation with its executors, as a report on it would show them. */
export interface SubmissionTarget extends ReportObligation, Pick<ReportRecord, 'leadOrganizationId' | 'leadOrganization' | 'coExecutorOrganizationIds'> {
  /** Goes up with every change of the obligation: the write checks that it has not moved. */
  version: number;
  existingReportId: number | null;
  /** The database's time when read: every row written by the submission carries it. */
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
  version: number;
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
                 o.period, o.due, o.is_cancelled, o.status, o.public_status, o.version,
                 le.organization_id as lead_id, (select ${ORGANIZATION_JSON} from organizations o where o.id = le.organization_id) as lead,
                 (select coalesce(jsonb_agg(x.organization_id order by x.position), '[]') from measure_executors x where x.measure_id = m.id and x.role = 'co') as co_ids,
                 r.id as report_id, now() as now,
                 le.organization_id = $2 and not o.is_cancelled and r.id is null as may_write
            from obligations o
            join measures m on m.id = o.measure_id
            join plans p on p.id = m.plan_id
            join measure_executors le on le.measure_id = m.id and le.role = 'lead'
            left join reports r on r.obligation_id = o.id
           where o.id = $1) t`;

/** The obligation as it is now; null when there is none. */
export async function readSubmissionTarget(db: Queryable, obligationId: number, actorOrganizationId: number, fileCount: number): Promise<SubmissionTarget | null> {
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
    version: row.version,
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
  /** The obligation's version when read: nothing is written if it has changed since. */
  obligationVersion: number;
  /** When it happened (the time read with the obligation), for every row and event. */
  at: Date;
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
 * copied into an array. Every insert hangs on the guard (the obligation locked, at the version
 * read), so either all of it is written or none; data-modifying CTEs run whether read or not.
 */
function writeSql(fileCount: number): string {
  const fileRows = Array.from({ length: fileCount }, (_, i) => {
    const p = 18 + i * 7;
    return `($${p}::bigint, $${p + 1}::text, $${p + 2}::text, $${p + 3}::text, $${p + 4}::int, $${p + 5}::text, $${p + 6}::bytea)`;
  });
  return `
    with guard as (
      select o.id from obligations o where o.id = $2 and o.version = $16 for update),
    report as (
      insert into reports (id, obligation_id, organization_id, state, text, declared_status, percent_done, created_by, updated_by,
                           first_submitted_at, last_submitted_at, last_submitted_by, version, created_at, updated_at)
      overriding system value
      select $1, guard.id, $3, $5, $6, $7, $8, $4, $4,
             case when $10 then $17::timestamptz end, case when $10 then $17::timestamptz end, case when $10 then $4::bigint end, $9, $17, $17
        from guard
      returning id),${
        fileCount
          ? `
    files as (
      insert into evidence_files (id, report_id, organization_id, file_name, kind, media_type, size_bytes, sha256, content, is_submitted, uploaded_by, uploaded_at)
      overriding system value
      select f.id, report.id, $3, f.file_name, f.kind, f.media_type, f.size_bytes, f.sha256, f.content, $10, $4, $17
        from report cross join (values ${fileRows.join(', ')}) as f(id, file_name, kind, media_type, size_bytes, sha256, content)),`
          : ''
      }
    events as (
      insert into report_events (report_id, actor_id, action, snapshot, at)
      select report.id, $4, e.value->>'action', e.value->'snapshot', $17
        from report cross join jsonb_array_elements($11::jsonb) with ordinality as e(value, n) order by e.n
      returning id),
    audit as (
      insert into audit_log (at, actor_id, system_actor, action, entity_type, entity_id, before, after)
      select date_trunc('milliseconds', statement_timestamp()), a.actor_id, a.system_actor, a.action, a.entity_type, a.entity_id, a.before, a.after
        from report cross join jsonb_to_recordset($12::jsonb) as a(actor_id bigint, system_actor text, action text, entity_type text, entity_id text, before jsonb, after jsonb)),
    status as (
      update obligations set status = $14, public_status = $15, status_changed_at = now(), version = version + 1, updated_at = now()
       where id = $2 and $13 and exists (select 1 from report))
    select exists (select 1 from report) as written, (select array_agg(id order by id) from events) as event_ids`;
}

/**
 * Writes everything, or nothing when the obligation changed since it was read (null: read it
 * again); returns the ids of the history events, in order.
 */
export async function writeSubmission(db: Queryable, write: SubmissionWrite): Promise<number[] | null> {
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
      write.audit.map((r) => ({ actor_id: r.actorId, system_actor: r.systemActor ?? null, action: r.action, entity_type: r.entityType, entity_id: r.entityId, before: r.before, after: r.after })),
    ),
    write.statuses !== null,
    write.statuses?.status ?? null,
    write.statuses?.publicStatus ?? null,
    write.obligationVersion,
    write.at,
  ];
  for (const file of write.files) {
    values.push(file.id, file.fileName, file.kind, file.mediaType, file.content.byteLength, file.sha256, Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
  }
  const { rows } = await db.query<{ written: boolean; event_ids: string[] | null }>({
    name: `report-submission-write-${write.files.length}`,
    text: writeSql(write.files.length),
    values,
  });
  const row = rows[0]!;
  return row.written ? row.event_ids!.map(Number) : null; // bigint[] arrives as strings
}
