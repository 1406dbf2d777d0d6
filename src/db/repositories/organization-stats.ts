// What an organisation's performance is computed from: the obligations of the measures it leads,
// with their reports' facts as Kazakhstan civil dates.
import type { Organization } from '../../contracts/api/organizations';
import { KAZAKHSTAN_TIME_ZONE } from '../../core/obligations/civil-time';
import type { DeclaredStatus, ReportState } from '../../core/obligations/obligation-status';
import type { PerformanceInput } from '../../core/obligations/performance';
import { ORGANIZATION_JSON, type Queryable } from './queryable';

export async function findOrganizationByCode(db: Queryable, code: string): Promise<{ id: number; organization: Organization } | null> {
  const { rows } = await db.query<{ id: number; organization: Organization }>(
    `select o.id, ${ORGANIZATION_JSON} as organization from organizations o where o.code = upper($1)`,
    [code],
  );
  return rows[0] ?? null;
}

export async function performanceInputs(db: Queryable, organizationId: number, planCode?: string): Promise<PerformanceInput[]> {
  const civil = (column: string) => `(${column} at time zone '${KAZAKHSTAN_TIME_ZONE}')::date`;
  const { rows } = await db.query<{
    due: string;
    is_cancelled: boolean;
    state: ReportState | null;
    declared_status: DeclaredStatus | null;
    last_submitted_on: string | null;
    first_submitted_on: string | null;
  }>(
    `select o.due, o.is_cancelled, r.state, r.declared_status,
            ${civil('r.last_submitted_at')} as last_submitted_on, ${civil('r.first_submitted_at')} as first_submitted_on
       from obligations o
       join measures m on m.id = o.measure_id
       join plans p on p.id = m.plan_id
       join measure_executors le on le.measure_id = m.id and le.role = 'lead' and le.organization_id = $1
       left join reports r on r.obligation_id = o.id
      where $2::text is null or p.code = upper($2)`,
    [organizationId, planCode ?? null],
  );
  return rows.map((r) => ({
    due: r.due,
    isCancelled: r.is_cancelled,
    report: r.state ? { state: r.state, declaredStatus: r.declared_status!, lastSubmittedOn: r.last_submitted_on } : null,
    firstSubmittedOn: r.first_submitted_on,
  }));
}
