// Appends audit rows inside the caller's transaction, as its last step: the chain head stays
// locked from here to the commit, so appending last keeps that window short and lets concurrent
// use cases do their own work in parallel.
import { createHash } from 'node:crypto';
import { auditHashInput, type JsonValue } from '../../core/obligations/audit-chain';
import { insertAuditRows, lockAuditChainHead, type AuditRowRecord } from '../../db/repositories/audit';
import type { Queryable } from '../../db/repositories/queryable';

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

/** What jsonb will give back: dates as ISO strings, undefined dropped. Hashing this form makes verification exact. */
export function toJsonValue(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

export async function appendAudit(db: Queryable, actorId: number | null, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await lockAuditChainHead(db);
  let prevHash = head.lastHash;
  const rows: AuditRowRecord[] = entries.map((entry, i) => {
    const content = {
      id: head.lastId + 1 + i,
      at: head.at.toISOString(),
      actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
    };
    const hash = sha256Hex(auditHashInput(prevHash, content));
    const row = { ...content, at: head.at, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await insertAuditRows(db, rows);
}
