// Observations for the API: filters by series, branch, region and period, as known on a date.
import { parsePeriod, periodMonthRange } from '../../core/stats';
import type { Observation, ObservationListQuery } from '../../contracts/api/observations';
import { listObservations as queryObservations } from '../../db/repositories/observations';
import type { Queryable } from '../../db/repositories/queryable';

/** A page of observations; `from` and `to` are periods of any kind (the query schema checked them). */
export async function listObservations(db: Queryable, query: ObservationListQuery): Promise<{ items: Observation[]; total: number }> {
  const { from, to, ...rest } = query;
  return queryObservations(db, {
    ...rest,
    ...(from ? { fromMonth: periodMonthRange(parsePeriod(from)).first } : {}),
    ...(to ? { toMonth: periodMonthRange(parsePeriod(to)).last } : {}),
  });
}
