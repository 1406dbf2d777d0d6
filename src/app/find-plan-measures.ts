import type pg from 'pg';
import { foldForSearch } from '../core/text/search-text';
import { findPlanId } from '../db/repositories/plans';
import { listMeasures } from '../db/repositories/measures';

export interface MeasureQuery {
  area?: number | undefined;
  executor?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** A page of a plan's measures, or null when the plan does not exist. */
export async function findPlanMeasures(pool: pg.Pool, planCode: string, query: MeasureQuery) {
  const planId = await findPlanId(pool, planCode);
  if (planId === null) return null;
  return listMeasures(pool, {
    planId,
    areaNumber: query.area,
    executorCode: query.executor,
    search: query.q ? foldForSearch(query.q) : undefined,
    limit: query.limit,
    offset: query.offset,
  });
}
