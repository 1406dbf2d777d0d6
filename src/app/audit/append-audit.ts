// Records audit rows inside the caller's transaction: a plain insert, committed or rolled back
// with the change it describes. The rows are unsealed; the sealer (seal-audit.ts) links them into
// the hash chain once committed, so writers never wait for each other here.
import { createHash } from 'node:crypto';
import type { JsonValue } from '../../core/obligations/audit-chain';
import { insertAuditRows } from '../../db/repositories/audit';
import type { Queryable } from '../../db/repositories/queryable';
import { systemActor } from './system-actor';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What jsonb will give back: dates as ISO strings, undefined dropped. */
export function toJsonValue(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

/** Records the entries as `actorId`'s changes; null: this process's own (see system-actor.ts). */
export async function appendAudit(db: Queryable, actorId: number | null, entries: readonly AuditEntry[]): Promise<void> {
  const bySystem = actorId === null ? systemActor() : null;
  await insertAuditRows(
    db,
    entries.map((entry) => ({
      actorId,
      systemActor: bySystem,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
    })),
  );
}
