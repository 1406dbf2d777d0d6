// How the measures linked to each indicator are doing, for the divergence alarm. Lateness comes
// from the obligations table (issue 3); a database without it still answers, with no lateness.
import type { Queryable } from './queryable';

export interface IndicatorMeasureDelivery {
  indicatorCode: string;
  measures: number;
  /** Obligations due before asOf and not cancelled; null when obligations are not tracked. */
  due: number | null;
  onTime: number | null;
  late: number | null;
}

export async function hasObligationsTable(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>("select to_regclass('obligations') is not null as present");
  return rows[0]?.present ?? false;
}

/**
 * Per indicator of the plan: its linked measures and their obligations' record. The public status
 * is used (what the public may see: accepted reports only), since these pages are public.
 */
export async function loadMeasureDelivery(db: Queryable, planId: number, asOf: string, withObligations: boolean): Promise<IndicatorMeasureDelivery[]> {
  if (!withObligations) {
    const { rows } = await db.query<{ code: string; measures: number }>(
      `select i.code, count(mi.measure_id) as measures
         from indicators i left join measure_indicators mi on mi.indicator_id = i.id
        where i.plan_id = $1 group by i.code, i.position order by i.position`,
      [planId],
    );
    return rows.map((r) => ({ indicatorCode: r.code, measures: r.measures, due: null, onTime: null, late: null }));
  }
  const { rows } = await db.query<{ code: string; measures: number; due: number; on_time: number; late: number }>(
    `select i.code, count(distinct mi.measure_id) as measures,
            count(o.id) filter (where o.due < $2 and o.public_status <> 'cancelled') as due,
            count(o.id) filter (where o.due < $2 and o.public_status = 'completed') as on_time,
            count(o.id) filter (where o.due < $2 and o.public_status in ('overdue', 'completed_late')) as late
       from indicators i
       left join measure_indicators mi on mi.indicator_id = i.id
       left join obligations o on o.measure_id = mi.measure_id
      where i.plan_id = $1 group by i.code, i.position order by i.position`,
    [planId, asOf],
  );
  return rows.map((r) => ({ indicatorCode: r.code, measures: r.measures, due: r.due, onTime: r.on_time, late: r.late }));
}
