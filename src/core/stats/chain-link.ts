// Annual chain-linking with annual overlap (DOMAIN.md section 4).
//   r(k,y,m) = Q(k,y,m) / Qbar(k,y-1)             relative to last year's monthly average
//   T(k,y,m) = Cbar(y-1) * W(k,y-1) * r(k,y,m)    branch term; C(y,m) = sum_k T(k,y,m)
//   y0 (first year with 12 months of every component and its weights) is its own base:
//   T(k,y0,m) = 100 * W(k,y0) * Q(k,y0,m) / Qbar(k,y0), so Cbar(y0) = 100.
// Keeping the terms T lets contributions to growth be computed exactly from the same numbers.
import type { ComponentPanel } from './component-panel';
import { StatsInputError } from './errors';

export interface ChainedIndex {
  keys: readonly string[];
  /** y0: the chain's first year, its own base. levels[0] is January of baseYear. */
  baseYear: number;
  /** The year whose chained levels average 100. */
  referenceYear: number;
  yearCount: number;
  /** Chained aggregate levels C, yearCount * 12 months; NaN where undefined. */
  levels: Float64Array;
  /** Cbar: average of each year's 12 chained levels (NaN for an incomplete year). */
  annualMeans: Float64Array;
  /** Per component, the terms T(k,y,m) that add up to C(y,m). */
  terms: readonly Float64Array[];
  /**
   * Per component and year, the term's value at r = 1: Cbar(y-1) * W(k,y-1), or 100 * W(k,y0) in the
   * base year. Contributions use it to separate volume change from the re-weighting at each link.
   */
  anchors: readonly Float64Array[];
}

/** Shares of each year's total weight; NaN for a year where any component lacks a weight. */
function weightShares(panel: ComponentPanel): Float64Array[] {
  const totals = new Float64Array(panel.yearCount);
  for (const weights of panel.weights) for (let y = 0; y < panel.yearCount; y++) totals[y]! += weights[y]!;
  return panel.weights.map((weights) => weights.map((weight, y) => (totals[y]! > 0 ? weight / totals[y]! : Number.NaN)));
}

/** Monthly average of each year; NaN for a year with a missing month. */
function annualAverages(levels: Float64Array, yearCount: number): Float64Array {
  const averages = new Float64Array(yearCount);
  for (let y = 0; y < yearCount; y++) {
    let sum = 0;
    for (let m = 0; m < 12; m++) sum += levels[y * 12 + m]!;
    averages[y] = sum / 12;
  }
  return averages;
}

function baseYearPosition(shares: Float64Array[], averages: Float64Array[], yearCount: number): number {
  for (let y = 0; y < yearCount; y++) {
    let complete = true;
    for (let k = 0; k < shares.length && complete; k++) {
      complete = Number.isFinite(shares[k]![y]!) && averages[k]![y]! > 0;
    }
    if (complete) return y;
  }
  return -1;
}

/** The first year with 12 months of every component and a weight for each, or null. */
export function findChainBaseYear(panel: ComponentPanel): number | null {
  const shares = weightShares(panel);
  const averages = panel.levels.map((levels) => annualAverages(levels, panel.yearCount));
  const position = baseYearPosition(shares, averages, panel.yearCount);
  return position < 0 ? null : panel.firstYear + position;
}

export function chainLink(panel: ComponentPanel): ChainedIndex {
  const shares = weightShares(panel);
  const averages = panel.levels.map((levels) => annualAverages(levels, panel.yearCount));
  const y0 = baseYearPosition(shares, averages, panel.yearCount);
  if (y0 < 0) {
    throw new StatsInputError('no year has 12 monthly levels of every component together with a weight for each');
  }
  const years = panel.yearCount - y0;
  const months = years * 12;
  const levels = new Float64Array(months);
  const annualMeans = new Float64Array(years);
  const terms = panel.keys.map(() => new Float64Array(months));
  const anchors = panel.keys.map(() => new Float64Array(years));
  for (let y = 0; y < years; y++) {
    const source = y0 + y; // position of this year in the panel
    const linkYear = y === 0 ? source : source - 1; // the base year links to itself
    const scale = y === 0 ? 100 : annualMeans[y - 1]!;
    for (let k = 0; k < terms.length; k++) {
      const anchor = scale * shares[k]![linkYear]!;
      anchors[k]![y] = anchor;
      const factor = anchor / averages[k]![linkYear]!;
      const componentLevels = panel.levels[k]!;
      const componentTerms = terms[k]!;
      for (let m = 0; m < 12; m++) {
        const term = factor * componentLevels[source * 12 + m]!;
        componentTerms[y * 12 + m] = term;
        levels[y * 12 + m]! += term;
      }
    }
    let sum = 0;
    for (let m = 0; m < 12; m++) sum += levels[y * 12 + m]!;
    annualMeans[y] = sum / 12;
  }
  const baseYear = panel.firstYear + y0;
  return { keys: panel.keys, baseYear, referenceYear: baseYear, yearCount: years, levels, annualMeans, terms, anchors };
}

/** Re-references the chain to year R: C*(t) = 100 * C(t) / Cbar(R); terms scale alike. */
export function rereferenceChain(chain: ChainedIndex, referenceYear: number): ChainedIndex {
  const mean = chain.annualMeans[referenceYear - chain.baseYear];
  if (mean === undefined || !Number.isFinite(mean) || mean <= 0) {
    throw new StatsInputError(
      `the reference year ${referenceYear} must be a complete year of the chain (${chain.baseYear} onwards, all 12 months)`,
    );
  }
  const factor = 100 / mean;
  return {
    ...chain,
    referenceYear,
    levels: chain.levels.map((value) => value * factor),
    annualMeans: chain.annualMeans.map((value) => value * factor),
    terms: chain.terms.map((terms) => terms.map((value) => value * factor)),
    anchors: chain.anchors.map((anchors) => anchors.map((value) => value * factor)),
  };
}
