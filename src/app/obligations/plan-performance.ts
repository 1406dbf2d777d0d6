// Every lead organisation's reporting rate and timeliness in a plan, in one answer: the same rows
// and the same computation (core/obligations/performance.ts) as one organisation's performance,
// read for all of them at once, and shown by the same rule (internal readers see every
// organisation, anyone else their own).
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { canViewOrganizationPerformance } from '../../core/obligations/organization-policy';
import { computePerformance } from '../../core/obligations/performance';
import type { PlanPerformanceList } from '../../contracts/api/plan-obligations';
import { planPerformanceInputs } from '../../db/repositories/organization-stats';
import { findPlanId } from '../../db/repositories/plans';
import { kazakhstanToday } from './kazakhstan-date';
import { WorkflowError } from './workflow-error';

export async function getPlanPerformance(pool: pg.Pool, actor: Actor, planCode: string, options: { asOf?: string | undefined } = {}): Promise<PlanPerformanceList> {
  const planId = await findPlanId(pool, planCode);
  if (planId === null) throw new WorkflowError('not_found', `There is no plan with the code "${planCode}".`);
  const asOf = options.asOf ?? kazakhstanToday();
  const leads = (await planPerformanceInputs(pool, planId)).filter((lead) => canViewOrganizationPerformance(actor, lead.organizationId));
  const items = leads.map((lead) => ({ organization: lead.organization, ...computePerformance(lead.inputs, asOf) }));
  return { items, total: items.length, limit: items.length, offset: 0 };
}
