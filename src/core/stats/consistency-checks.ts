// Consistency checks across a plan's indicators (DOMAIN.md section 4). Each check returns its
// arithmetic as data (inputs, the formula, the numbers put in, the result) so that a page can show
// why a verdict was reached, not only the verdict.
import { type PlanIndicatorSpec, needsCurrency } from './plan-indicator';
import { roundHalfAwayFromZero } from './rounding';

export type CheckVerdict = 'ok' | 'info' | 'warning' | 'fail';

export interface ConsistencyCheck {
  kind: 'implied_deflator' | 'productivity_identity' | 'missing_metadata';
  indicators: string[];
  inputs: Record<string, number | string | null>;
  /** The formula in symbols. */
  formula: string;
  /** The formula with this plan's numbers put in. */
  arithmetic: string;
  result: Record<string, number | string | string[] | null>;
  verdict: CheckVerdict;
  explanation: string;
  /** What the check had to assume because the plan does not say. */
  assumptions: string[];
}

export interface ConsistencyOptions {
  /** Base year to use where an indicator states none (the plan's is not published). */
  assumedBaseYear?: number;
  /** Implied annual price growth above this is flagged (a setting for the analyst). Default 0.10. */
  maxAnnualPriceGrowth?: number;
  /** Relative gap tolerated between stated and implied productivity. Default 0.05. */
  productivityTolerance?: number;
}

const show = (value: number, decimals = 3) => String(roundHalfAwayFromZero(value, decimals));
const showPercent = (rate: number) => `${show(rate * 100, 1)}%`;
const isNominal = (spec: PlanIndicatorSpec) => spec.role === 'nominal_gva' || spec.role === 'nominal_output';

function baseYearOf(specs: PlanIndicatorSpec[], options: ConsistencyOptions, assumptions: string[]): number | null {
  const stated = specs.map((s) => s.baseYear).filter((y): y is number => y !== null);
  if (stated.length > 0 && stated.some((y) => y !== stated[0])) {
    assumptions.push(`the indicators state different base years (${stated.join(', ')}); the first, ${stated[0]}, is used`);
  }
  if (stated.length > 0) return stated[0]!;
  if (options.assumedBaseYear !== undefined) {
    assumptions.push(`no base year is stated; ${options.assumedBaseYear} is assumed`);
    return options.assumedBaseYear;
  }
  return null;
}

/** Nominal = volume x prices, so nominal multiple / volume multiple is the implied price multiple. */
export function checkImpliedDeflator(nominal: PlanIndicatorSpec, volume: PlanIndicatorSpec, options: ConsistencyOptions = {}): ConsistencyCheck {
  const assumptions: string[] = [];
  if (nominal.priceBasis !== 'current_prices') {
    assumptions.push(`${nominal.code} is taken to be in current prices (its price basis is ${nominal.priceBasis ?? 'not stated'})`);
  }
  if (nominal.targetYear !== volume.targetYear) {
    assumptions.push(`the target years differ (${nominal.targetYear}, ${volume.targetYear}); ${nominal.targetYear} is used`);
  }
  const baseYear = baseYearOf([nominal, volume], options, assumptions);
  const targetYear = nominal.targetYear;
  const deflatorMultiple = nominal.targetMultiple / volume.targetMultiple;
  const years = baseYear === null ? null : targetYear - baseYear;
  const annualRate = years !== null && years > 0 ? deflatorMultiple ** (1 / years) - 1 : null;
  const ceiling = options.maxAnnualPriceGrowth ?? 0.1;
  let verdict: CheckVerdict = 'ok';
  let explanation: string;
  if (annualRate === null) {
    verdict = 'fail';
    explanation = `prices must change ${show(deflatorMultiple)} times, but without a base year no annual rate can be derived`;
  } else {
    explanation = `${nominal.code} x${nominal.targetMultiple} against ${volume.code} x${volume.targetMultiple} means prices x${show(deflatorMultiple)} from ${baseYear} to ${targetYear}, ${showPercent(annualRate)} a year`;
    if (annualRate > ceiling) {
      verdict = 'warning';
      explanation += `, above the ${showPercent(ceiling)} a year taken as plausible: much of the nominal target would be met by price growth`;
    } else if (annualRate < 0) {
      verdict = 'warning';
      explanation += ': prices would have to fall';
    }
  }
  return {
    kind: 'implied_deflator',
    indicators: [nominal.code, volume.code],
    inputs: { nominalMultiple: nominal.targetMultiple, volumeMultiple: volume.targetMultiple, baseYear, targetYear },
    formula: 'deflator multiple = R_nominal / R_volume; annual rate = (R_nominal / R_volume)^(1 / (T - t0)) - 1',
    arithmetic:
      `${nominal.targetMultiple} / ${volume.targetMultiple} = ${show(deflatorMultiple)}` +
      (annualRate === null ? '' : `; ${show(deflatorMultiple)}^(1/${years}) - 1 = ${showPercent(annualRate)}`),
    result: { deflatorMultiple, annualRate },
    verdict,
    explanation,
    assumptions,
  };
}

/** Productivity = output / employment: the three multiples must agree. */
export function checkProductivityIdentity(
  productivity: PlanIndicatorSpec,
  output: PlanIndicatorSpec,
  employment: PlanIndicatorSpec | null,
  options: ConsistencyOptions = {},
): ConsistencyCheck {
  const assumptions: string[] = [];
  if (productivity.currency && output.currency && productivity.currency !== output.currency) {
    assumptions.push(`productivity is in ${productivity.currency} and output in ${output.currency}: exchange-rate changes enter the comparison`);
  }
  const indicators = [productivity.code, output.code];
  if (employment === null) {
    const impliedEmployment = output.targetMultiple / productivity.targetMultiple;
    return {
      kind: 'productivity_identity',
      indicators,
      inputs: { productivityMultiple: productivity.targetMultiple, outputMultiple: output.targetMultiple },
      formula: 'implied employment multiple = R_output / R_productivity',
      arithmetic: `${output.targetMultiple} / ${productivity.targetMultiple} = ${show(impliedEmployment)}`,
      result: { impliedEmploymentMultiple: impliedEmployment },
      verdict: 'info',
      explanation: `${output.code} x${output.targetMultiple} with ${productivity.code} x${productivity.targetMultiple} implies employment x${show(impliedEmployment)} (${showPercent(impliedEmployment - 1)}); the plan states no employment target to compare`,
      assumptions,
    };
  }
  indicators.push(employment.code);
  const implied = output.targetMultiple / employment.targetMultiple;
  const discrepancy = productivity.targetMultiple / implied - 1;
  const tolerance = options.productivityTolerance ?? 0.05;
  const consistent = Math.abs(discrepancy) <= tolerance;
  return {
    kind: 'productivity_identity',
    indicators,
    inputs: {
      productivityMultiple: productivity.targetMultiple,
      outputMultiple: output.targetMultiple,
      employmentMultiple: employment.targetMultiple,
    },
    formula: 'implied productivity multiple = R_output / R_employment; discrepancy = R_productivity / implied - 1',
    arithmetic: `${output.targetMultiple} / ${employment.targetMultiple} = ${show(implied)}; ${productivity.targetMultiple} / ${show(implied)} - 1 = ${showPercent(discrepancy)}`,
    result: { impliedProductivityMultiple: implied, discrepancy },
    verdict: consistent ? 'ok' : 'warning',
    explanation: consistent
      ? `the stated productivity target agrees with output and employment within ${showPercent(tolerance)}`
      : `output x${output.targetMultiple} and employment x${employment.targetMultiple} imply productivity x${show(implied)}, not the stated x${productivity.targetMultiple}`,
    assumptions,
  };
}

/** Every indicator must state its price basis, its currency (for money amounts) and its base year. */
export function checkMetadata(spec: PlanIndicatorSpec): ConsistencyCheck | null {
  const missing: string[] = [];
  if (spec.priceBasis === null) missing.push('price basis');
  if (spec.currency === null && (spec.priceBasis === null ? spec.role !== 'volume' && spec.role !== 'employment' : needsCurrency(spec.priceBasis))) {
    missing.push('currency');
  }
  if (spec.baseYear === null) missing.push('base year');
  if (missing.length === 0) return null;
  return {
    kind: 'missing_metadata',
    indicators: [spec.code],
    inputs: { priceBasis: spec.priceBasis, currency: spec.currency, baseYear: spec.baseYear },
    formula: 'price basis, currency (for money amounts) and base year must be stated',
    arithmetic: `missing: ${missing.join(', ')}`,
    result: { missing },
    verdict: 'fail',
    explanation: `${spec.code} does not state its ${missing.join(', ')}: its target cannot be checked or compared without them`,
    assumptions: [],
  };
}

/** All checks for a plan's indicators, in a stable order: metadata, deflators, productivity. */
export function checkPlanConsistency(specs: readonly PlanIndicatorSpec[], options: ConsistencyOptions = {}): ConsistencyCheck[] {
  const checks: ConsistencyCheck[] = [];
  for (const spec of specs) {
    const check = checkMetadata(spec);
    if (check) checks.push(check);
  }
  const volumes = specs.filter((s) => s.role === 'volume');
  for (const nominal of specs.filter(isNominal)) {
    for (const volume of volumes) checks.push(checkImpliedDeflator(nominal, volume, options));
  }
  const employment = specs.find((s) => s.role === 'employment') ?? null;
  for (const productivity of specs.filter((s) => s.role === 'productivity')) {
    // Productivity in current prices compares with nominal output, otherwise with volume.
    const output = productivity.priceBasis === 'current_prices' ? (specs.find(isNominal) ?? volumes[0]) : (volumes[0] ?? specs.find(isNominal));
    if (output) checks.push(checkProductivityIdentity(productivity, output, employment, options));
  }
  return checks;
}
