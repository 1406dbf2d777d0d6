// Obligations for an actor, filtered and paged; status filters match the status the actor sees.
import type pg from 'pg';
import { hasPermission, type Actor } from '../../core/access/actor';
import { addDays } from '../../core/schedule/civil-date';
import type { ObligationStatus } from '../../core/obligations/obligation-status';
import type { ListEnvelope } from '../../contracts/api/common';
import type { Obligation } from '../../contracts/api/obligations';
import { findObligation, listObligations, type ObligationFilter } from '../../db/repositories/obligations';
import { findOrganizationId } from '../../db/repositories/organizations';
import { kazakhstanToday } from './kazakhstan-date';
import { presentObligation } from './present-obligation';
import { WorkflowError } from './workflow-error';

export interface ObligationQuery {
  organization?: string | undefined;
  status?: ObligationStatus | undefined;
  dueAfter?: string | undefined;
  dueBefore?: string | undefined;
  plan?: string | undefined;
  measure?: number | undefined;
  limit: number;
  offset: number;
}

async function organizationIdOf(pool: pg.Pool, code: string): Promise<number> {
  const id = await findOrganizationId(pool, code.toUpperCase());
  if (id === null) throw new WorkflowError('not_found', `There is no organisation with the code "${code}".`);
  return id;
}

async function page(pool: pg.Pool, actor: Actor | null, filter: Omit<ObligationFilter, 'viewer'>): Promise<ListEnvelope<Obligation>> {
  const viewer = { canReadInternal: hasPermission(actor, 'plan.read_internal'), organizationId: actor?.organizationId ?? null };
  const { items, total } = await listObligations(pool, { ...filter, viewer });
  return { items: items.map((o) => presentObligation(actor, o)), total, limit: filter.limit, offset: filter.offset };
}

export async function findObligations(pool: pg.Pool, actor: Actor | null, query: ObligationQuery): Promise<ListEnvelope<Obligation>> {
  return page(pool, actor, {
    organizationId: query.organization ? await organizationIdOf(pool, query.organization) : undefined,
    statuses: query.status ? [query.status] : undefined,
    dueAfter: query.dueAfter,
    dueBefore: query.dueBefore,
    planCode: query.plan?.toUpperCase(),
    measureId: query.measure,
    limit: query.limit,
    offset: query.offset,
  });
}

export type OrganizationView = 'all' | 'overdue' | 'due-soon';

/**
 * An organisation's obligations: all, overdue (past due and not completed), or due soon (open and
 * due from today to `days` ahead). Overdue and due-soon use the status the actor sees.
 */
export async function findOrganizationObligations(
  pool: pg.Pool,
  actor: Actor | null,
  code: string,
  options: { view: OrganizationView; days: number; role: 'any' | 'lead'; limit: number; offset: number; asOf?: string },
): Promise<ListEnvelope<Obligation>> {
  const today = options.asOf ?? kazakhstanToday();
  const base = { organizationId: await organizationIdOf(pool, code), executorRole: options.role, limit: options.limit, offset: options.offset };
  if (options.view === 'overdue') return page(pool, actor, { ...base, statuses: ['overdue'] });
  if (options.view === 'due-soon') {
    return page(pool, actor, { ...base, statuses: ['not_started', 'in_progress'], dueAfter: today, dueBefore: addDays(today, options.days) });
  }
  return page(pool, actor, base);
}

export async function getObligation(pool: pg.Pool, actor: Actor | null, id: number): Promise<Obligation> {
  const record = await findObligation(pool, id);
  if (!record) throw new WorkflowError('not_found', `There is no obligation with the id ${id}.`);
  return presentObligation(actor, record);
}
