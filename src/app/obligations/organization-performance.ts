// An organisation's reporting rate and timeliness (core/obligations/performance.ts), for internal
// readers and the organisation's own people.
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { canViewOrganizationPerformance } from '../../core/obligations/organization-policy';
import { computePerformance } from '../../core/obligations/performance';
import type { OrganizationPerformance } from '../../contracts/api/obligations';
import { findOrganizationByCode, performanceInputs } from '../../db/repositories/organization-stats';
import { kazakhstanToday } from './kazakhstan-date';
import { WorkflowError } from './workflow-error';

export async function getOrganizationPerformance(
  pool: pg.Pool,
  actor: Actor | null,
  code: string,
  options: { plan?: string | undefined; asOf?: string | undefined } = {},
): Promise<OrganizationPerformance> {
  const found = await findOrganizationByCode(pool, code);
  if (!found) throw new WorkflowError('not_found', `There is no organisation with the code "${code}".`);
  if (!canViewOrganizationPerformance(actor, found.id)) {
    throw new WorkflowError('forbidden', "An organisation's performance is shown to its own people and to internal readers (viewer, reviewer, coordinator, admin).");
  }
  const inputs = await performanceInputs(pool, found.id, options.plan);
  return { organization: found.organization, ...computePerformance(inputs, options.asOf ?? kazakhstanToday()) };
}
