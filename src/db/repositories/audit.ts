// The audit trail: rows inserted with each change (and listed in audit_unsealed by a trigger),
// sealed into the hash chain by the sealer (a row of audit_seals each), read in pages and walked
// for verification. Nothing here changes or deletes an audit row or a seal; the database refuses
// it anyway (migration 0010). Only the waiting list, audit_unsealed, loses rows as they are sealed.
import type { AuditContent, ChainHead, JsonValue, RowSeal } from '../../core/obligations/audit-chain';
import type { Queryable } from './queryable';
import { ADVISORY_LOCKS } from '../advisory-locks';

/** A sealed row: its content and its place in the chain. */
export interface AuditRowRecord {
  id: number;
  at: Date;
  actorId: number | null;
  systemActor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: JsonValue;
  after: JsonValue;
  position: number;
  prevHash: string;
  hash: string;
}

export interface AuditRowWithActor extends AuditRowRecord {
  actorName: string | null;
  actorEmail: string | null;
}

/** What a use case records: the content of one row, before it has an id, a time or a seal. */
export interface NewAuditRow {
  actorId: number | null;
  /** Who acted when `actorId` is null (AuditContent.systemActor); omitted for a user's change. */
  systemActor?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: JsonValue;
  after: JsonValue;
}

interface AuditRow {
  id: number;
  at: Date;
  actor_id: number | null;
  system_actor: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: JsonValue;
  after: JsonValue;
  chain_position: number;
  prev_hash: string;
  hash: string;
  actor_name?: string | null;
  actor_email?: string | null;
}

const CONTENT_COLUMNS = 'a.id, a.at, a.actor_id, a.system_actor, a.action, a.entity_type, a.entity_id, a.before, a.after';
const COLUMNS = `${CONTENT_COLUMNS}, s.chain_position, s.prev_hash, s.hash`;

/** Any constant shared by every Zhospar process: one sealer at a time extends the chain. */
const AUDIT_SEAL_LOCK = ADVISORY_LOCKS.auditSeal;

function toRecord(row: AuditRow): AuditRowRecord {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    systemActor: row.system_actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    position: row.chain_position,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The content the hash covers, exactly as the sealer and the verifier both read it back. */
export function auditContentOf(row: Pick<AuditRowRecord, 'id' | 'at' | 'actorId' | 'systemActor' | 'action' | 'entityType' | 'entityId' | 'before' | 'after'>): AuditContent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    systemActor: row.systemActor,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
  };
}

/**
 * Inserts unsealed rows: no lock and no hash, so concurrent writers do not wait for each other.
 * Every row of one call gets the same time, to the millisecond (what the hash covers).
 */
export async function insertAuditRows(db: Queryable, rows: readonly NewAuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map((r) => ({
    actor_id: r.actorId,
    system_actor: r.systemActor ?? null,
    action: r.action,
    entity_type: r.entityType,
    entity_id: r.entityId,
    before: r.before,
    after: r.after,
  }));
  await db.query({
    name: 'audit-insert',
    text: `insert into audit_log (at, actor_id, system_actor, action, entity_type, entity_id, before, after)
     select date_trunc('milliseconds', statement_timestamp()), t.actor_id, t.system_actor, t.action, t.entity_type, t.entity_id, t.before, t.after
       from jsonb_to_recordset($1::jsonb) as t(actor_id bigint, system_actor text, action text, entity_type text, entity_id text, before jsonb, after jsonb)`,
    values: [JSON.stringify(records)],
  });
}

/**
 * Takes the sealer's advisory lock until the end of the transaction: waiting for another sealer
 * to finish (`wait`), or not at all (returns false when another process holds it).
 */
export async function lockAuditSealer(db: Queryable, wait: boolean): Promise<boolean> {
  if (wait) {
    await db.query('select pg_advisory_xact_lock($1)', [AUDIT_SEAL_LOCK]);
    return true;
  }
  const { rows } = await db.query<{ locked: boolean }>('select pg_try_advisory_xact_lock($1) as locked', [AUDIT_SEAL_LOCK]);
  return rows[0]?.locked === true;
}

/** Where the chain ends. */
export async function readAuditChainHead(db: Queryable): Promise<ChainHead> {
  const { rows } = await db.query<{ last_position: number; last_id: number; last_hash: string }>('select last_position, last_id, last_hash from audit_chain_head');
  const head = rows[0];
  if (!head) throw new Error('the audit chain head row is missing: migration 0003 was not applied as committed');
  return { position: head.last_position, id: head.last_id, hash: head.last_hash };
}

/**
 * The waiting rows' ids first, then those rows by primary key. Written as a join, the planner
 * merge-joined the waiting list with the whole audit_log index from its first row: every round
 * of the sealer read the trail from the beginning (21,000 buffers, 100-130 ms, four times a
 * second, at 70,000 rows), growing with the trail. This reads about what it returns.
 */
export const UNSEALED_AUDIT_ROWS_SQL = `select ${CONTENT_COLUMNS} from audit_log a
   where a.id = any (array(select audit_id from audit_unsealed order by audit_id limit $1))
   order by a.id`;

/** Committed rows not yet in the chain, oldest id first. */
export async function unsealedAuditRows(db: Queryable, limit: number): Promise<AuditContent[]> {
  const { rows } = await db.query<AuditRow>({ name: 'audit-unsealed-rows', text: UNSEALED_AUDIT_ROWS_SQL, values: [limit] });
  return rows.map((row) => auditContentOf(toRecord(row)));
}

export async function countUnsealedAuditRows(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*) as n from audit_unsealed');
  return rows[0]?.n ?? 0;
}

/**
 * Rows that are neither sealed nor waiting to be sealed (their place in the waiting list was
 * removed, so the sealer would never chain them), first id first.
 */
export async function auditRowsOutsideChain(db: Queryable, limit: number): Promise<number[]> {
  const { rows } = await db.query<{ id: string }>(
    `select a.id from audit_log a
      where not exists (select 1 from audit_seals s where s.audit_id = a.id)
        and not exists (select 1 from audit_unsealed u where u.audit_id = a.id)
      order by a.id limit $1`,
    [limit],
  );
  return rows.map((row) => Number(row.id));
}

/**
 * Stores the seals, takes their rows off the waiting list and moves the head from `from` to `to`,
 * in one statement. Throws (the caller rolls back) unless every row was still waiting (a row has
 * one seal at most: audit_seals.audit_id is unique) and the head was still at `from`.
 */
export async function storeAuditSeals(db: Queryable, seals: readonly RowSeal[], from: ChainHead, to: ChainHead): Promise<void> {
  if (seals.length === 0) return;
  const { rowCount } = await db.query({
    name: 'audit-store-seals',
    text: `with sealed as (
       insert into audit_seals (chain_position, audit_id, prev_hash, hash)
       select s.position, s.id, s.prev_hash, s.hash from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) as s(id, position, prev_hash, hash)
       returning audit_id),
     taken as (
       delete from audit_unsealed u where u.audit_id in (select audit_id from sealed)
       returning 1)
     update audit_chain_head set last_position = $5, last_id = $6, last_hash = $7
      where last_position = $8 and last_hash = $9 and (select count(*) from taken) = $10`,
    values: [seals.map((s) => s.id), seals.map((s) => s.position), seals.map((s) => s.prevHash), seals.map((s) => s.hash), to.position, to.id, to.hash, from.position, from.hash, seals.length],
  });
  if (rowCount !== 1) throw new Error('the audit chain moved while it was being sealed (another sealer without the lock?): nothing was sealed');
}

/** A seal in chain order, with the row it seals; `row` is null when that row is gone. */
export interface ChainLink {
  position: number;
  auditId: number;
  row: AuditRowRecord | null;
}

/** Seals after `afterPosition` in chain order, with their rows: the verifier walks the chain in batches. */
export async function auditChainAfterPosition(db: Queryable, afterPosition: number, limit: number): Promise<ChainLink[]> {
  const { rows } = await db.query<AuditRow & { audit_id: number }>(
    `select ${COLUMNS}, s.audit_id from audit_seals s left join audit_log a on a.id = s.audit_id
      where s.chain_position > $1 order by s.chain_position limit $2`,
    [afterPosition, limit],
  );
  return rows.map((row) => ({ position: row.chain_position, auditId: row.audit_id, row: row.id === null ? null : toRecord(row) }));
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

/** Sealed rows, newest first (rows committed after the last sealing appear once sealed). */
export async function listAuditRows(db: Queryable, filter: AuditFilter): Promise<{ items: AuditRowWithActor[]; total: number }> {
  const where = `($1::text is null or a.entity_type = $1) and ($2::text is null or a.entity_id = $2)
     and ($3::bigint is null or a.actor_id = $3) and ($4::text is null or a.action = $4)
     and ($5::timestamptz is null or a.at >= $5) and ($6::timestamptz is null or a.at < $6)`;
  const params = [filter.entityType ?? null, filter.entityId ?? null, filter.actorId ?? null, filter.action ?? null, filter.from ?? null, filter.to ?? null];
  const { rows } = await db.query<AuditRow>(
    `select ${COLUMNS}, u.name as actor_name, u.email as actor_email
       from audit_log a join audit_seals s on s.audit_id = a.id left join users u on u.id = a.actor_id
      where ${where} order by a.id desc limit $7 offset $8`,
    [...params, filter.limit, filter.offset],
  );
  // Unfiltered (the audit page as it opens), the sealed rows are chain positions 1 to the head's:
  // counting them would read the whole trail on every page load, millions of rows in a ministry.
  const isUnfiltered = params.every((value) => value === null);
  const total = isUnfiltered
    ? (await readAuditChainHead(db)).position
    : (await db.query<{ n: number }>(`select count(*) as n from audit_log a join audit_seals s on s.audit_id = a.id where ${where}`, params)).rows[0]!.n;
  return {
    items: rows.map((row) => ({ ...toRecord(row), actorName: row.actor_name ?? null, actorEmail: row.actor_email ?? null })),
    total,
  };
}
