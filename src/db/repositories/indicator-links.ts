// Which statistical series each plan indicator is computed from (table indicator_series), the
// indicator's role in the consistency checks, and the base year a plan is assumed to have.
import type { LocalizedText } from '../../contracts/localized';
import type { IndicatorRoleName, IndicatorSeriesFile, SeriesKind } from '../../contracts/indicator-series-file';
import type { Queryable } from './queryable';

export interface SeriesLink {
  code: string;
  branch: string;
  region: string;
  kind: SeriesKind;
  weightSeries: string | null;
}

/** A plan indicator with what the status engine needs: target, metadata and its series link. */
export interface LinkedIndicator {
  id: number;
  code: string;
  names: LocalizedText;
  unit: LocalizedText;
  priceBasis: string;
  currency: string | null;
  baseYear: number | null;
  baseValue: number | null;
  targetMultiple: number | null;
  targetYear: number | null;
  intermediateTargets: { year: number; multiple: number }[];
  illustrativeFields: string[];
  /** null when the indicator has no row in indicator_series. */
  role: IndicatorRoleName | null;
  series: SeriesLink | null;
}

export interface PlanIndicatorContext {
  planId: number;
  planCode: string;
  periodStart: number;
  periodEnd: number;
  /** The plan's own base year, if published. */
  baseYear: number | null;
  assumedBaseYear: { year: number; note: LocalizedText } | null;
  indicators: LinkedIndicator[];
}

export async function loadPlanIndicatorContext(db: Queryable, planCode: string): Promise<PlanIndicatorContext | null> {
  const { rows: plans } = await db.query(
    `select p.id, p.code, p.period_start, p.period_end, p.base_year, a.base_year as assumed_year, a.note as assumed_note
       from plans p left join plan_base_year_assumptions a on a.plan_id = p.id
      where p.code = $1`,
    [planCode],
  );
  const plan = plans[0];
  if (!plan) return null;
  const { rows } = await db.query(
    `select i.id, i.code, i.names, i.unit, i.price_basis, i.currency, i.base_year, i.base_value, i.target_multiple,
            i.target_year, i.illustrative_fields, s.role, s.series_code, s.branch, s.region, s.kind, s.weight_series_code,
            coalesce((select jsonb_agg(jsonb_build_object('year', t.year, 'multiple', t.multiple) order by t.year)
                        from indicator_intermediate_targets t where t.indicator_id = i.id), '[]') as intermediate
       from indicators i left join indicator_series s on s.indicator_id = i.id
      where i.plan_id = $1 order by i.position`,
    [plan.id],
  );
  return {
    planId: plan.id,
    planCode: plan.code,
    periodStart: plan.period_start,
    periodEnd: plan.period_end,
    baseYear: plan.base_year,
    assumedBaseYear: plan.assumed_year === null ? null : { year: plan.assumed_year, note: plan.assumed_note },
    indicators: rows.map((r) => ({
      id: r.id,
      code: r.code,
      names: r.names,
      unit: r.unit,
      priceBasis: r.price_basis,
      currency: r.currency,
      baseYear: r.base_year,
      baseValue: r.base_value,
      targetMultiple: r.target_multiple,
      targetYear: r.target_year,
      intermediateTargets: (r.intermediate as { year: number; multiple: number | string }[]).map((t) => ({ year: t.year, multiple: Number(t.multiple) })),
      illustrativeFields: r.illustrative_fields,
      role: r.role,
      series:
        r.series_code === null
          ? null
          : { code: r.series_code, branch: r.branch, region: r.region, kind: r.kind, weightSeries: r.weight_series_code },
    })),
  };
}

/**
 * Writes a plan's links and base-year assumption from its indicator-series.json. Only missing rows
 * are inserted: a link or an assumption someone has changed since is kept as it is.
 */
export async function insertIndicatorSeriesLinks(db: Queryable, planCode: string, file: IndicatorSeriesFile): Promise<{ links: number; assumptions: number }> {
  let assumptions = 0;
  if (file.assumedBaseYear) {
    const { rowCount } = await db.query(
      `insert into plan_base_year_assumptions (plan_id, base_year, note)
       select id, $2, $3 from plans where code = $1
       on conflict (plan_id) do nothing`,
      [planCode, file.assumedBaseYear.year, JSON.stringify(file.assumedBaseYear.note)],
    );
    assumptions = rowCount ?? 0;
  }
  const links = file.indicators;
  const { rowCount } = await db.query(
    `insert into indicator_series (indicator_id, role, series_code, branch, region, kind, weight_series_code)
     select i.id, t.role, t.series_code, t.branch, t.region, t.kind, t.weight_series_code
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
              as t(code, role, series_code, branch, region, kind, weight_series_code)
       join indicators i on i.code = t.code and i.plan_id = (select id from plans where code = $1)
     on conflict (indicator_id) do nothing`,
    [
      planCode,
      links.map((l) => l.code),
      links.map((l) => l.role),
      links.map((l) => l.series?.code ?? null),
      links.map((l) => l.series?.branch ?? null),
      links.map((l) => l.series?.region ?? null),
      links.map((l) => l.series?.kind ?? null),
      links.map((l) => l.series?.weightSeries ?? null),
    ],
  );
  return { links: rowCount ?? 0, assumptions };
}
