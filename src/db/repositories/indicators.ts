import type { Queryable } from './queryable';
import type { Indicator } from '../../contracts/api/indicators';

/** An indicator as stored; the required rate is computed by core, not stored. */
export type StoredIndicator = Omit<Indicator, 'requiredAnnualRate'>;

export async function listIndicators(db: Queryable, planId: number): Promise<StoredIndicator[]> {
  const { rows } = await db.query(
    `select i.code, i.names, i.unit, i.price_basis, i.price_base_year, i.currency, i.frequency, i.direction,
            i.base_year, i.base_value, i.target_multiple, i.target_year, i.sources, i.illustrative_fields, i.note,
            coalesce((select jsonb_agg(jsonb_build_object('year', t.year, 'multiple', t.multiple) order by t.year)
                        from indicator_intermediate_targets t where t.indicator_id = i.id), '[]') as intermediate
       from indicators i where i.plan_id = $1 order by i.position`,
    [planId],
  );
  return rows.map((r) => ({
    code: r.code,
    names: r.names,
    unit: r.unit,
    priceBasis: r.price_basis,
    priceBaseYear: r.price_base_year,
    currency: r.currency,
    frequency: r.frequency,
    direction: r.direction,
    baseYear: r.base_year,
    baseValue: r.base_value,
    targetMultiple: r.target_multiple,
    targetYear: r.target_year,
    intermediateTargets: r.intermediate,
    sources: r.sources,
    illustrativeFields: r.illustrative_fields,
    note: r.note,
  }));
}
