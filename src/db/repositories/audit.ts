// The audit trail: appended under the chain-head lock, read in pages, walked for verification.
// Nothing here updates or deletes audit rows; the database refuses it anyway (triggers).
import type { JsonValue } from '../../core/obligations/audit-chain';
import type { Queryable } from './queryable';

export interface AuditRowRecord {
  id: number;
  at: Date;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before: JsonValue;
  after: JsonValue;
  prevHash: string;
  hash: string;
}

export interface AuditRowWithActor extends AuditRowRecord {
  actorName: string | null;
  actorEmail: string | null;
}

interface AuditRow {
  id: number;
  at: Date;
  actor_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: JsonValue;
  after: JsonValue;
  prev_hash: string;
  hash: string;
  actor_name?: string | null;
  actor_email?: string | null;
}

const COLUMNS = 'a.id, a.at, a.actor_id, a.action, a.entity_type, a.entity_id, a.before, a.after, a.prev_hash, a.hash';

function toRecord(row: AuditRow): AuditRowRecord {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Locks the chain head for the rest of the transaction and reads it, with the time the new rows
 * get (taken after the lock, so that times never run backwards along the chain).
 */
export async function lockAuditChainHead(db: Queryable): Promise<{ lastId: number; lastHash: string; at: Date }> {
  const { rows } = await db.query<{ last_id: number; last_hash: string; at: Date }>(
    "select last_id, last_hash, date_trunc('milliseconds', clock_timestamp()) as at from audit_chain_head for update",
  );
  const head = rows[0];
  if (!head) throw new Error('the audit chain head row is missing: migration 0003 was not applied as committed');
  return { lastId: head.last_id, lastHash: head.last_hash, at: head.at };
}

export async function insertAuditRows(db: Queryable, rows: readonly AuditRowRecord[]): Promise<void> {
  const records = rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor_id: r.actorId,
    action: r.action,
    entity_type: r.entityType,
    entity_id: r.entityId,
    before: r.before,
    after: r.after,
    prev_hash: r.prevHash,
    hash: r.hash,
  }));
  const last = rows[rows.length - 1];
  if (!last) return;
  // One statement for the rows and the head: the head is locked until the commit, so every round
  // trip saved here is time other writers do not wait.
  await db.query(
    `with added as (
       insert into audit_log (id, at, actor_id, action, entity_type, entity_id, before, after, prev_hash, hash)
       select t.id, t.at, t.actor_id, t.action, t.entity_type, t.entity_id, t.before, t.after, t.prev_hash, t.hash
         from jsonb_to_recordset($1::jsonb) as t(id bigint, at timestamptz, actor_id bigint, action text, entity_type text,
                                                 entity_id text, before jsonb, after jsonb, prev_hash text, hash text)
       returning 1)
     update audit_chain_head set last_id = $2, last_hash = $3 where (select count(*) from added) = $4`,
    [JSON.stringify(records), last.id, last.hash, rows.length],
  );
}

/** Rows after `afterId` in chain order: the verifier walks the chain in batches. */
export async function auditRowsAfter(db: Queryable, afterId: number, limit: number): Promise<AuditRowRecord[]> {
  const { rows } = await db.query<AuditRow>(`select ${COLUMNS} from audit_log a where a.id > $1 order by a.id limit $2`, [afterId, limit]);
  return rows.map(toRecord);
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: number | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
}

/** Newest first. */
export async function listAuditRows(db: Queryable, filter: AuditFilter): Promise<{ items: AuditRowWithActor[]; total: number }> {
  const where = `($1::text is null or a.entity_type = $1) and ($2::text is null or a.entity_id = $2)
     and ($3::bigint is null or a.actor_id = $3) and ($4::text is null or a.action = $4)
     and ($5::timestamptz is null or a.at >= $5) and ($6::timestamptz is null or a.at < $6)`;
  const params = [filter.entityType ?? null, filter.entityId ?? null, filter.actorId ?? null, filter.action ?? null, filter.from ?? null, filter.to ?? null];
  const { rows } = await db.query<AuditRow>(
    `select ${COLUMNS}, u.name as actor_name, u.email as actor_email
       from audit_log a left join users u on u.id = a.actor_id
      where ${where} order by a.id desc limit $7 offset $8`,
    [...params, filter.limit, filter.offset],
  );
  const { rows: count } = await db.query<{ n: number }>(`select count(*) as n from audit_log a where ${where}`, params);
  return {
    items: rows.map((row) => ({ ...toRecord(row), actorName: row.actor_name ?? null, actorEmail: row.actor_email ?? null })),
    total: count[0]!.n,
  };
}

/** The chain head without locking it: the verifier checks that the chain ends where the head says. */
export async function readAuditChainHead(db: Queryable): Promise<{ lastId: number; lastHash: string }> {
  const { rows } = await db.query<{ last_id: number; last_hash: string }>('select last_id, last_hash from audit_chain_head');
  return { lastId: rows[0]?.last_id ?? 0, lastHash: rows[0]?.last_hash ?? '' };
}
