// Keeps stored statuses equal to what core derives: as days pass (not started -> overdue), and
// after every report change. Each change is audited with the system (or the acting user) as actor.
import { deriveObligationStatus, derivePublicObligationStatus, type ObligationStatus } from '../../core/obligations/obligation-status';
import { obligationStatusFacts, updateObligation, type ObligationStatusFacts } from '../../db/repositories/obligations';
import type { Queryable } from '../../db/repositories/queryable';
import type { AuditEntry } from '../audit/append-audit';

type Statuses = { status: ObligationStatus; publicStatus: ObligationStatus };

async function applyStatus(db: Queryable, facts: ObligationStatusFacts, asOf: string, audit: AuditEntry[]): Promise<Statuses | null> {
  const status = deriveObligationStatus(facts, asOf);
  const publicStatus = derivePublicObligationStatus(facts, asOf);
  if (status === facts.status && publicStatus === facts.publicStatus) return null;
  await updateObligation(db, facts.id, { status, publicStatus });
  audit.push({
    action: 'obligation.status_changed',
    entityType: 'obligation',
    entityId: facts.id,
    before: { status: facts.status, publicStatus: facts.publicStatus },
    after: { status, publicStatus, asOf },
  });
  return { status, publicStatus };
}

/** Every obligation (or one plan's); returns how many changed. */
export async function refreshObligationStatuses(db: Queryable, asOf: string, audit: AuditEntry[], planId?: number): Promise<number> {
  let changed = 0;
  for (const facts of await obligationStatusFacts(db, planId === undefined ? {} : { planId })) {
    if (await applyStatus(db, facts, asOf, audit)) changed += 1;
  }
  return changed;
}

/** One obligation, after a change to its report; returns its statuses now. */
export async function refreshObligationStatus(db: Queryable, obligationId: number, asOf: string, audit: AuditEntry[]): Promise<Statuses | null> {
  const [facts] = await obligationStatusFacts(db, { obligationId, lock: true });
  if (!facts) return null;
  return (await applyStatus(db, facts, asOf, audit)) ?? { status: facts.status, publicStatus: facts.publicStatus };
}
