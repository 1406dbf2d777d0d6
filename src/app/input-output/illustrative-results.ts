// Which results rest on columns a table marks as assumed rather than published, so that every page
// and export can mark those figures (DESIGN.md "Honest data"). Each result depends on:
// output and GVA multipliers on A (flows, total output) and gva; employment results on employment;
// income results on compensation; everything Type II (induced) on the household closure, which uses
// compensation and household consumption.
import type { IoTableColumn, MultiplierField } from '../../contracts/api/input-output';

type ImpactField = 'output' | 'gva' | 'income' | 'jobs' | 'induced';

const BASE: readonly IoTableColumn[] = ['flows', 'total_output'];
const CLOSURE: readonly IoTableColumn[] = [...BASE, 'compensation', 'household_consumption', 'other_final_demand'];

const MULTIPLIER_INPUTS: Record<MultiplierField, readonly IoTableColumn[]> = {
  outputMultiplier: BASE,
  gvaMultiplier: [...BASE, 'gva'],
  employmentMultiplier: [...BASE, 'employment'],
  employmentTypeI: [...BASE, 'employment'],
  employmentTypeII: [...CLOSURE, 'employment'],
  incomeTypeI: [...BASE, 'compensation'],
  incomeTypeII: CLOSURE,
};

const IMPACT_INPUTS: Record<ImpactField, readonly IoTableColumn[]> = {
  output: BASE,
  gva: [...BASE, 'gva'],
  income: [...BASE, 'compensation'],
  jobs: [...BASE, 'employment'],
  induced: CLOSURE,
};

function affected<K extends string>(inputs: Record<K, readonly IoTableColumn[]>, assumed: readonly IoTableColumn[], extra: readonly IoTableColumn[] = []): K[] {
  const marked = new Set([...assumed]);
  return (Object.keys(inputs) as K[]).filter((field) => [...inputs[field], ...extra].some((column) => marked.has(column)));
}

export function illustrativeMultipliers(assumed: readonly IoTableColumn[]): MultiplierField[] {
  return affected(MULTIPLIER_INPUTS, assumed);
}

/** An amount given in jobs is converted through employment, so then every figure depends on it. */
export function illustrativeImpactFields(assumed: readonly IoTableColumn[], amountKind: 'finalDemand' | 'jobs'): ImpactField[] {
  return affected(IMPACT_INPUTS, assumed, amountKind === 'jobs' ? ['employment'] : []);
}

/** The claim check uses employment and, for Type II, the household closure. */
export function isClaimIllustrative(assumed: readonly IoTableColumn[]): boolean {
  return affected(MULTIPLIER_INPUTS, assumed).some((field) => field === 'employmentTypeI' || field === 'employmentTypeII');
}
