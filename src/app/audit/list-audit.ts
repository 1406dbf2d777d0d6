// The audit trail for coordinators and admins: newest first, filtered by entity, actor and time.
// Sealed first, so that every row committed before the request is listed with its hashes.
import type pg from 'pg';
import { hasPermission, type Actor } from '../../core/access/actor';
import type { AuditEntryView } from '../../contracts/api/audit';
import type { ListEnvelope } from '../../contracts/api/common';
import { listAuditRows } from '../../db/repositories/audit';
import { addDays } from '../../core/schedule/civil-date';
import { WorkflowError } from '../obligations/workflow-error';
import { sealAuditTrail } from './seal-audit';

export interface AuditQuery {
  entity?: string | undefined;
  actor?: number | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date alone means the start of that day (from) or the start of the next (to), in UTC. */
function instant(value: string | undefined, isEnd: boolean): Date | undefined {
  if (!value) return undefined;
  if (DATE_ONLY.test(value)) return new Date(`${isEnd ? addDays(value, 1) : value}T00:00:00Z`);
  return new Date(value);
}

export async function listAudit(pool: pg.Pool, actor: Actor, query: AuditQuery): Promise<ListEnvelope<AuditEntryView>> {
  if (!hasPermission(actor, 'audit.read')) throw new WorkflowError('forbidden', 'The audit trail is for coordinators and admins.');
  const [entityType, entityId] = query.entity ? query.entity.split(':') : [];
  await sealAuditTrail(pool, { wait: true });
  const page = await listAuditRows(pool, {
    entityType,
    entityId,
    actorId: query.actor,
    action: query.action,
    from: instant(query.from, false),
    to: instant(query.to, true),
    limit: query.limit,
    offset: query.offset,
  });
  return {
    items: page.items.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actorId === null ? null : { id: row.actorId, name: row.actorName, email: row.actorEmail },
      systemActor: row.systemActor,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      prevHash: row.prevHash,
      hash: row.hash,
    })),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
  };
}
