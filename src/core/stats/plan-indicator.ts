// The minimal description of a plan indicator that the consistency checks and status need.
// Price basis and currency are nullable on purpose: the plan's public statements omit them, and
// the product must show that gap rather than fill it in.

export type IndicatorRole =
  | 'nominal_gva'
  | 'nominal_output'
  | 'volume'
  | 'productivity'
  | 'employment'
  | 'exports'
  | 'investment'
  | 'other';

export type PriceBasis = 'current_prices' | 'constant_prices' | 'volume_index' | 'not_applicable';

export interface PlanIndicatorSpec {
  code: string;
  role: IndicatorRole;
  /** null when the plan does not state it. */
  priceBasis: PriceBasis | null;
  /** ISO 4217 code such as "KZT"; null when not stated (not needed for volume indices or counts). */
  currency: string | null;
  baseYear: number | null;
  targetMultiple: number;
  targetYear: number;
}

/** Whether an indicator of this basis is a money amount that needs a currency. */
export function needsCurrency(priceBasis: PriceBasis | null): boolean {
  return priceBasis === 'current_prices' || priceBasis === 'constant_prices';
}
