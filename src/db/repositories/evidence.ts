// Evidence files of reports, stored in the database. Listing never reads the content column.
import type { EvidenceKind } from '../../core/obligations/evidence-type';
import type { Queryable } from './queryable';
import type { Person } from './reports';

export interface EvidenceRecord {
  id: number;
  reportId: number;
  organizationId: number;
  organizationCode: string;
  fileName: string;
  kind: EvidenceKind;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  isSubmitted: boolean;
  uploadedBy: Person;
  uploadedAt: Date;
}

interface EvidenceRow {
  id: number;
  report_id: number;
  organization_id: number;
  organization_code: string;
  file_name: string;
  kind: EvidenceKind;
  media_type: string;
  size_bytes: number;
  sha256: string;
  is_submitted: boolean;
  uploaded_by: Person;
  uploaded_at: Date;
}

const COLUMNS = `f.id, f.report_id, f.organization_id, (select code from organizations o where o.id = f.organization_id) as organization_code,
  f.file_name, f.kind, f.media_type, f.size_bytes, f.sha256, f.is_submitted,
  (select jsonb_build_object('id', u.id, 'name', u.name) from users u where u.id = f.uploaded_by) as uploaded_by, f.uploaded_at`;

function toRecord(row: EvidenceRow): EvidenceRecord {
  return {
    id: row.id,
    reportId: row.report_id,
    organizationId: row.organization_id,
    organizationCode: row.organization_code,
    fileName: row.file_name,
    kind: row.kind,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    isSubmitted: row.is_submitted,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  };
}

export interface NewEvidence {
  reportId: number;
  organizationId: number;
  fileName: string;
  kind: EvidenceKind;
  mediaType: string;
  sha256: string;
  content: Uint8Array;
  userId: number;
}

export async function insertEvidence(db: Queryable, file: NewEvidence): Promise<EvidenceRecord> {
  const { rows } = await db.query<EvidenceRow>({
    name: 'evidence-insert',
    text: `with f as (
       insert into evidence_files (report_id, organization_id, file_name, kind, media_type, size_bytes, sha256, content, uploaded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *)
     select ${COLUMNS} from f`,
    values: [file.reportId, file.organizationId, file.fileName, file.kind, file.mediaType, file.content.byteLength, file.sha256, Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength), file.userId],
  });
  return toRecord(rows[0]!);
}

export async function listEvidence(db: Queryable, reportId: number): Promise<EvidenceRecord[]> {
  const { rows } = await db.query<EvidenceRow>({ name: 'evidence-of-report', text: `select ${COLUMNS} from evidence_files f where f.report_id = $1 order by f.id`, values: [reportId] });
  return rows.map(toRecord);
}

export async function findEvidence(db: Queryable, id: number): Promise<EvidenceRecord | null> {
  const { rows } = await db.query<EvidenceRow>({ name: 'evidence-by-id', text: `select ${COLUMNS} from evidence_files f where f.id = $1`, values: [id] });
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function readEvidenceContent(db: Queryable, id: number): Promise<Buffer | null> {
  const { rows } = await db.query<{ content: Buffer }>('select content from evidence_files where id = $1', [id]);
  return rows[0]?.content ?? null;
}

export async function deleteEvidence(db: Queryable, id: number): Promise<void> {
  await db.query('delete from evidence_files where id = $1', [id]);
}

/** A submission makes every file of the report part of the record. */
export async function markEvidenceSubmitted(db: Queryable, reportId: number): Promise<void> {
  await db.query({ name: 'evidence-mark-submitted', text: 'update evidence_files set is_submitted = true where report_id = $1 and not is_submitted', values: [reportId] });
}
