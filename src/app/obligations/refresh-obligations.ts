// The obligation upkeep in one transaction: generate obligations from every measure's schedule
// (new measures, edited deadlines, parser improvements) and bring every stored status up to date
// as of today. Run at start-up, once a day by the server, and by `zhospar obligations refresh`.
// Several app processes may run it at once: an advisory lock makes them take turns, and the
// second finds nothing to do.
import type pg from 'pg';
import { withTransaction } from '../../db/transaction';
import { appendAudit, type AuditEntry } from '../audit/append-audit';
import { generateObligations, type GenerationCounts } from './generate-obligations';
import { kazakhstanToday } from './kazakhstan-date';
import { refreshObligationStatuses } from './refresh-obligation-statuses';
import { ADVISORY_LOCKS } from '../../db/advisory-locks';

export const OBLIGATIONS_LOCK = ADVISORY_LOCKS.obligationsRefresh;

export interface RefreshResult extends GenerationCounts {
  asOf: string;
  statusChanges: number;
}

export async function refreshObligations(pool: pg.Pool, options: { asOf?: string } = {}): Promise<RefreshResult> {
  const asOf = options.asOf ?? kazakhstanToday();
  return withTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock($1)', [OBLIGATIONS_LOCK]);
    const audit: AuditEntry[] = [];
    const generation = await generateObligations(client, { asOf, actorId: null }, audit);
    const statusChanges = await refreshObligationStatuses(client, asOf, audit);
    await appendAudit(client, null, audit);
    return { asOf, ...generation, statusChanges };
  });
}
