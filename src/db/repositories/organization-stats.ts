// What an organisation's performance is computed from: the obligations of the measures it leads,
// with their reports' facts as Kazakhstan civil dates. One organisation's, or every lead
// organisation's of a plan at once: the same rows either way, so the two can never disagree.
import type { Organization } from '../../contracts/api/organizations';
import { civilDateSql } from './civil-date-sql';
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


/** Every obligation of a measure with a lead executor, with its lead (`lead_id`) and report facts; filter with `where`. */
const INPUTS_SQL = `
  select le.organization_id as lead_id, o.due, o.is_cancelled, r.state, r.declared_status,
         ${civilDateSql('r.last_submitted_at')} as last_submitted_on, ${civilDateSql('r.first_submitted_at')} as first_submitted_on
    from obligations o
    join measures m on m.id = o.measure_id
    join plans p on p.id = m.plan_id
    join measure_executors le on le.measure_id = m.id and le.role = 'lead'
    left join reports r on r.obligation_id = o.id`;

interface InputRow {
  lead_id: number;
  due: string;
  is_cancelled: boolean;
  state: ReportState | null;
  declared_status: DeclaredStatus | null;
  last_submitted_on: string | null;
  first_submitted_on: string | null;
}

function toInput(r: InputRow): PerformanceInput {
  return {
    due: r.due,
    isCancelled: r.is_cancelled,
    report: r.state ? { state: r.state, declaredStatus: r.declared_status!, lastSubmittedOn: r.last_submitted_on } : null,
    firstSubmittedOn: r.first_submitted_on,
  };
}

/** The obligations the organisation leads (of one plan when `planCode` is given). */
export async function performanceInputs(db: Queryable, organizationId: number, planCode?: string): Promise<PerformanceInput[]> {
  const { rows } = await db.query<InputRow>(`${INPUTS_SQL} where le.organization_id = $1 and ($2::text is null or p.code = upper($2))`, [organizationId, planCode ?? null]);
  return rows.map(toInput);
}

export interface LeadOrganizationInputs {
  organizationId: number;
  organization: Organization;
  inputs: PerformanceInput[];
}

/**
 * Every organisation that leads an obligation of the plan (a cancelled one counts: it is listed
 * with the others), in code order, with the obligations it leads in the plan: two queries in all.
 */
export async function planPerformanceInputs(db: Queryable, planId: number): Promise<LeadOrganizationInputs[]> {
  const { rows: leads } = await db.query<{ id: number; organization: Organization }>(
    `select o.id, ${ORGANIZATION_JSON} as organization
       from organizations o
      where exists (select 1 from measure_executors le join measures m on m.id = le.measure_id join obligations ob on ob.measure_id = m.id
                     where le.organization_id = o.id and le.role = 'lead' and m.plan_id = $1)
      order by o.code collate "C"`,
    [planId],
  );
  const { rows } = await db.query<InputRow>(`${INPUTS_SQL} where m.plan_id = $1`, [planId]);
  const byLead = new Map<number, LeadOrganizationInputs>(leads.map((l) => [l.id, { organizationId: l.id, organization: l.organization, inputs: [] }]));
  for (const row of rows) byLead.get(row.lead_id)?.inputs.push(toInput(row));
  return [...byLead.values()];
}
