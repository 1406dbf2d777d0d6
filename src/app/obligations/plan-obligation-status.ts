// How many of a plan's obligations are in each status, by area, by lead executor and in all, as the
// actor sees the statuses (the same rule as the obligations list): one GROUP BY in the database.
import type pg from 'pg';
import { hasPermission, type Actor } from '../../core/access/actor';
import { OBLIGATION_STATUSES, type ObligationStatus } from '../../core/obligations/obligation-status';
import type { Organization } from '../../contracts/api/organizations';
import type { PlanObligationStatus } from '../../contracts/api/plan-obligations';
import { countObligationStatuses, planAreas } from '../../db/repositories/obligation-status-counts';
import { findPlanId } from '../../db/repositories/plans';
import { kazakhstanToday } from './kazakhstan-date';
import { WorkflowError } from './workflow-error';

interface Counted {
  counts: Record<ObligationStatus, number>;
  total: number;
}

function emptyCounted(): Counted {
  return { counts: Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, 0])) as Record<ObligationStatus, number>, total: 0 };
}

function add(group: Counted, status: ObligationStatus, count: number): void {
  group.counts[status] += count;
  group.total += count;
}

export async function getPlanObligationStatus(pool: pg.Pool, actor: Actor | null, planCode: string): Promise<PlanObligationStatus> {
  const planId = await findPlanId(pool, planCode);
  if (planId === null) throw new WorkflowError('not_found', `There is no plan with the code "${planCode}".`);
  const viewer = { canReadInternal: hasPermission(actor, 'plan.read_internal'), organizationId: actor?.organizationId ?? null };
  const [areas, rows] = await Promise.all([planAreas(pool, planId), countObligationStatuses(pool, planId, viewer)]);

  const total = emptyCounted();
  const byArea = new Map(areas.map((area) => [area.number, { area, ...emptyCounted() }]));
  const byLead = new Map<string, Counted & { organization: Organization }>();
  for (const row of rows) {
    if (row.scope === 'plan') add(total, row.status, row.count);
    else if (row.scope === 'area') {
      const group = byArea.get(row.areaNumber!);
      if (group) add(group, row.status, row.count);
    } else {
      const organization = row.organization!;
      let group = byLead.get(organization.code);
      if (!group) byLead.set(organization.code, (group = { organization, ...emptyCounted() }));
      add(group, row.status, row.count);
    }
  }
  return {
    planCode: planCode.toUpperCase(),
    asOf: kazakhstanToday(),
    total,
    byArea: [...byArea.values()],
    byLeadExecutor: [...byLead.values()].sort((a, b) => b.total - a.total || (a.organization.code < b.organization.code ? -1 : 1)),
  };
}
