import type { Area, PlanDetail, PlanSummary } from '../../contracts/api/plans';
import { ORGANIZATION_JSON, type Queryable } from './queryable';

const PLAN_SUMMARY_SQL = `
  select p.id, p.code, p.names, p.period_start, p.period_end, p.base_year, p.status, p.legal_basis, p.sources,
         (select ${ORGANIZATION_JSON} from organizations o where o.id = p.owner_organization_id) as owner,
         (select count(*) from plan_areas a where a.plan_id = p.id) as area_count,
         (select count(*) from measures m where m.plan_id = p.id) as measure_count,
         (select count(*) from measures m where m.plan_id = p.id and m.is_illustrative) as illustrative_count
    from plans p`;

interface PlanRow {
  id: number;
  code: string;
  names: PlanSummary['names'];
  period_start: number;
  period_end: number;
  base_year: number | null;
  status: PlanSummary['status'];
  legal_basis: PlanSummary['legalBasis'];
  sources: PlanSummary['sources'];
  owner: PlanSummary['owner'];
  area_count: number;
  measure_count: number;
  illustrative_count: number;
}

function toSummary(row: PlanRow): PlanSummary {
  return {
    code: row.code,
    names: row.names,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    baseYear: row.base_year,
    status: row.status,
    legalBasis: row.legal_basis,
    owner: row.owner,
    sources: row.sources,
    areaCount: row.area_count,
    measureCount: row.measure_count,
    illustrativeMeasureCount: row.illustrative_count,
  };
}

export async function listPlans(db: Queryable, paging: { limit: number; offset: number }) {
  const { rows } = await db.query<PlanRow>(`${PLAN_SUMMARY_SQL} order by p.period_start desc, p.code limit $1 offset $2`, [paging.limit, paging.offset]);
  const { rows: count } = await db.query<{ n: number }>('select count(*) as n from plans');
  return { items: rows.map(toSummary), total: count[0]!.n };
}

/** The plan's internal id by code (codes are matched case-insensitively: they are upper case). */
export async function findPlanId(db: Queryable, code: string): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('select id from plans where code = upper($1)', [code]);
  return rows[0]?.id ?? null;
}

export async function getPlan(db: Queryable, code: string): Promise<PlanDetail | null> {
  const { rows } = await db.query<PlanRow>(`${PLAN_SUMMARY_SQL} where p.code = upper($1)`, [code]);
  const row = rows[0];
  if (!row) return null;
  const { rows: areas } = await db.query<{ number: number; names: Area['names']; is_illustrative: boolean; measure_count: number }>(
    `select a.number, a.names, a.is_illustrative, (select count(*) from measures m where m.area_id = a.id) as measure_count
       from plan_areas a where a.plan_id = $1 order by a.number`,
    [row.id],
  );
  return {
    ...toSummary(row),
    areas: areas.map((a) => ({ number: a.number, names: a.names, isIllustrative: a.is_illustrative, measureCount: a.measure_count })),
  };
}
