import type { MeasureDetail, MeasureSummary } from '../../contracts/api/measures';
import { ORGANIZATION_JSON, likePattern, type Queryable } from './queryable';

export interface MeasureFilter {
  planId: number;
  areaNumber?: number | undefined;
  executorCode?: string | undefined;
  /** Already lower-cased search text. */
  search?: string | undefined;
  limit: number;
  offset: number;
}

const SUMMARY_COLUMNS = `
  m.id, p.code as plan_code, m.number, a.number as area_number, m.names, m.completion_form, m.deadline_text, m.deadline_language, m.is_illustrative,
  (select ${ORGANIZATION_JSON} from measure_executors e join organizations o on o.id = e.organization_id
     where e.measure_id = m.id and e.role = 'lead') as lead,
  coalesce((select jsonb_agg(${ORGANIZATION_JSON} order by e.position) from measure_executors e
     join organizations o on o.id = e.organization_id where e.measure_id = m.id and e.role = 'co'), '[]') as co,
  (select sum(c.amount_million_kzt) from measure_costs c where c.measure_id = m.id) as total_cost`;

interface SummaryRow {
  id: number;
  plan_code: string;
  number: number;
  area_number: number;
  names: MeasureSummary['names'];
  completion_form: MeasureSummary['completionForm'];
  deadline_text: string;
  deadline_language: MeasureSummary['deadlineLanguage'];
  is_illustrative: boolean;
  lead: MeasureSummary['leadExecutor'];
  co: MeasureSummary['coExecutors'];
  total_cost: number | null;
}

function toSummary(row: SummaryRow): MeasureSummary {
  return {
    id: row.id,
    planCode: row.plan_code,
    number: row.number,
    areaNumber: row.area_number,
    names: row.names,
    completionForm: row.completion_form,
    deadlineText: row.deadline_text,
    deadlineLanguage: row.deadline_language,
    leadExecutor: row.lead,
    coExecutors: row.co,
    totalCostMillionKzt: row.total_cost,
    isIllustrative: row.is_illustrative,
  };
}

export async function listMeasures(db: Queryable, filter: MeasureFilter) {
  const { rows } = await db.query<SummaryRow & { total: number }>(
    `select ${SUMMARY_COLUMNS}, count(*) over () as total
       from measures m join plans p on p.id = m.plan_id join plan_areas a on a.id = m.area_id
      where m.plan_id = $1
        and ($2::int is null or a.number = $2)
        and ($3::text is null or exists (select 1 from measure_executors e join organizations o on o.id = e.organization_id
                                          where e.measure_id = m.id and o.code = upper($3)))
        and ($4::text is null or m.search_text like $4)
      order by m.number
      limit $5 offset $6`,
    [filter.planId, filter.areaNumber ?? null, filter.executorCode ?? null, filter.search ? likePattern(filter.search) : null, filter.limit, filter.offset],
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    // The page is past the end (or empty): count without paging so "total" stays true.
    const { rows: count } = await db.query<{ n: number }>(
      `select count(*) as n from measures m join plan_areas a on a.id = m.area_id
        where m.plan_id = $1 and ($2::int is null or a.number = $2)
          and ($3::text is null or exists (select 1 from measure_executors e join organizations o on o.id = e.organization_id
                                            where e.measure_id = m.id and o.code = upper($3)))
          and ($4::text is null or m.search_text like $4)`,
      [filter.planId, filter.areaNumber ?? null, filter.executorCode ?? null, filter.search ? likePattern(filter.search) : null],
    );
    total = count[0]!.n;
  }
  return { items: rows.map(toSummary), total };
}

export async function getMeasure(db: Queryable, id: number): Promise<MeasureDetail | null> {
  const { rows } = await db.query<
    SummaryRow & {
      area_names: MeasureDetail['area']['names'];
      area_is_illustrative: boolean;
      expected_result: MeasureDetail['expectedResult'];
      costs: MeasureDetail['costs'];
      indicators: MeasureDetail['indicators'];
      version: number;
    }
  >(
    `select ${SUMMARY_COLUMNS}, a.names as area_names, a.is_illustrative as area_is_illustrative,
            m.expected_result, m.version,
            coalesce((select jsonb_agg(jsonb_build_object('year', c.year, 'source', c.source, 'amountMillionKzt', c.amount_million_kzt)
                       order by c.year, c.source) from measure_costs c where c.measure_id = m.id), '[]') as costs,
            coalesce((select jsonb_agg(jsonb_build_object('code', i.code, 'names', i.names) order by i.position)
                       from measure_indicators mi join indicators i on i.id = mi.indicator_id where mi.measure_id = m.id), '[]') as indicators
       from measures m join plans p on p.id = m.plan_id join plan_areas a on a.id = m.area_id
      where m.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    ...toSummary(row),
    area: { number: row.area_number, names: row.area_names, isIllustrative: row.area_is_illustrative },
    expectedResult: row.expected_result,
    costs: row.costs,
    indicators: row.indicators,
    version: row.version,
  };
}
