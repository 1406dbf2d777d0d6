import type pg from 'pg';
import { foldForSearch } from '../core/text/search-text';
import { findPlanId } from '../db/repositories/plans';
import { listMeasures } from '../db/repositories/measures';
import { EncodedBody } from '../io/encoded-body';
import { readThroughRegisterCache } from './register-read-cache';

export interface MeasureQuery {
  area?: number | undefined;
  executor?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * A page of a plan's measures as the API's JSON (the list envelope, with its compressed forms),
 * or null when the plan does not exist. The encoded body is what is cached: serialising 50
 * measures in three languages costs more than finding them, and compressing it more still.
 */
export async function findPlanMeasuresJson(pool: pg.Pool, planCode: string, query: MeasureQuery): Promise<EncodedBody | null> {
  const search = query.q ? foldForSearch(query.q) : undefined;
  const key = JSON.stringify(['plan-measures', planCode.toUpperCase(), query.area, query.executor?.toUpperCase(), search, query.limit, query.offset]);
  return readThroughRegisterCache(pool, key, async () => {
    const planId = await findPlanId(pool, planCode);
    if (planId === null) return null;
    const page = await listMeasures(pool, { planId, areaNumber: query.area, executorCode: query.executor, search, limit: query.limit, offset: query.offset });
    return new EncodedBody(JSON.stringify({ ...page, limit: query.limit, offset: query.offset }), 'application/json; charset=utf-8');
  });
}
