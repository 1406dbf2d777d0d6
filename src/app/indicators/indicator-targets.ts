// What each indicator's status is computed against: its base year (stated by the indicator or the
// plan, or else the plan's documented assumption, flagged as such) and its target; and the
// description of each indicator that the consistency checks take.
import type { PlanIndicatorSpec, PriceBasis } from '../../core/stats';
import type { IndicatorStatusView } from '../../contracts/api/indicator-status';
import type { LinkedIndicator, PlanIndicatorContext } from '../../db/repositories/indicator-links';

export type ResolvedBaseYear = IndicatorStatusView['baseYear'];

export function resolveBaseYear(indicator: LinkedIndicator, plan: PlanIndicatorContext): ResolvedBaseYear {
  const markedAssumed = indicator.illustrativeFields.includes('baseYear');
  if (indicator.baseYear !== null) return { year: indicator.baseYear, source: 'indicator', isAssumed: markedAssumed, note: null };
  if (plan.baseYear !== null) return { year: plan.baseYear, source: 'plan', isAssumed: markedAssumed, note: null };
  if (plan.assumedBaseYear) return { year: plan.assumedBaseYear.year, source: 'plan_assumption', isAssumed: true, note: plan.assumedBaseYear.note };
  return { year: null, source: 'none', isAssumed: false, note: null };
}

/** The dataset's price bases in the terms of the checks: "not stated" is null, so the check says so. */
function corePriceBasis(priceBasis: string): PriceBasis | null {
  switch (priceBasis) {
    case 'current_prices':
    case 'constant_prices':
    case 'volume_index':
    case 'not_applicable':
      return priceBasis;
    case 'physical_units':
      return 'not_applicable';
    default:
      return null;
  }
}

/**
 * Indicators with a target, as the checks see them. The base year is only what is stated: an
 * assumed one is passed separately, so that each check lists it among its assumptions.
 */
export function consistencySpecs(plan: PlanIndicatorContext): PlanIndicatorSpec[] {
  return plan.indicators
    .filter((indicator) => indicator.targetMultiple !== null && indicator.targetYear !== null)
    .map((indicator) => ({
      code: indicator.code,
      role: indicator.role ?? 'other',
      priceBasis: corePriceBasis(indicator.priceBasis),
      currency: indicator.currency,
      baseYear: indicator.baseYear ?? plan.baseYear,
      targetMultiple: indicator.targetMultiple!,
      targetYear: indicator.targetYear!,
    }));
}
