// How many of a plan's obligations are in each status, by area, by lead executor and in all: one
// GROUP BY GROUPING SETS over the same rows the obligations list shows (obligations of measures
// with a lead executor), each counted under the status the viewer sees there.
import type { Organization } from '../../contracts/api/organizations';
import type { LocalizedText } from '../../contracts/localized';
import type { ObligationStatus } from '../../core/obligations/obligation-status';
import { ORGANIZATION_JSON, type Queryable } from './queryable';
import { visibleStatusSql, type StatusViewer } from './visible-status';

export interface StatusCountRow {
  /** What the row counts: one area's, one lead executor's, or all obligations of the plan. */
  scope: 'area' | 'lead' | 'plan';
  areaNumber: number | null;
  organization: Organization | null;
  status: ObligationStatus;
  count: number;
}

/** Counts by (area, status), (lead executor, status) and (status); only combinations that occur. */
export async function countObligationStatuses(db: Queryable, planId: number, viewer: StatusViewer): Promise<StatusCountRow[]> {
  const visible = visibleStatusSql({ measureId: 'm.id', status: 'ob.status', publicStatus: 'ob.public_status' }, '$2', '$3');
  const { rows } = await db.query<{ by_area: boolean; by_lead: boolean; status: ObligationStatus; n: number; area_number: number | null; organization: Organization | null }>(
    `with visible as (
       select m.area_id, le.organization_id as lead_id, ${visible} as status
         from obligations ob
         join measures m on m.id = ob.measure_id
         join measure_executors le on le.measure_id = m.id and le.role = 'lead'
        where m.plan_id = $1),
     counted as (
       select area_id, lead_id, status, grouping(area_id) = 0 as by_area, grouping(lead_id) = 0 as by_lead, count(*) as n
         from visible group by grouping sets ((area_id, status), (lead_id, status), (status)))
     select c.by_area, c.by_lead, c.status, c.n, a.number as area_number,
            case when c.by_lead then ${ORGANIZATION_JSON} end as organization
       from counted c left join plan_areas a on a.id = c.area_id left join organizations o on o.id = c.lead_id`,
    [planId, viewer.canReadInternal, viewer.organizationId],
  );
  return rows.map((r) => ({
    scope: r.by_area ? 'area' : r.by_lead ? 'lead' : 'plan',
    areaNumber: r.by_area ? r.area_number : null,
    organization: r.by_lead ? r.organization : null,
    status: r.status,
    count: r.n,
  }));
}

/** The plan's areas in number order: every one is listed, also with no obligations. */
export async function planAreas(db: Queryable, planId: number): Promise<Array<{ number: number; names: LocalizedText }>> {
  const { rows } = await db.query<{ number: number; names: LocalizedText }>('select number, names from plan_areas where plan_id = $1 order by number', [planId]);
  return rows;
}
