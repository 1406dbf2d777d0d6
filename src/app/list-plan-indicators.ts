import type pg from 'pg';
import type { Indicator } from '../contracts/api/indicators';
import { requiredAnnualRate } from '../core/stats/target-rates';
import { findPlanId } from '../db/repositories/plans';
import { listIndicators } from '../db/repositories/indicators';

/** The plan's indicators with the growth a year each target needs, or null when no such plan. */
export async function listPlanIndicators(pool: pg.Pool, planCode: string): Promise<Indicator[] | null> {
  const planId = await findPlanId(pool, planCode);
  if (planId === null) return null;
  const stored = await listIndicators(pool, planId);
  return stored.map((indicator) => ({
    ...indicator,
    requiredAnnualRate:
      indicator.baseYear !== null && indicator.targetYear !== null && indicator.targetMultiple !== null && indicator.targetYear > indicator.baseYear
        ? requiredAnnualRate(indicator.targetMultiple, indicator.baseYear, indicator.targetYear)
        : null,
  }));
}
