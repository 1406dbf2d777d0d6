// Contributions of components to the aggregate's year-on-year change, in percentage points.
//
// DOMAIN.md section 4 writes contribution(k) = 100 * (T(k,y,m) - T(k,y-1,m)) / C(y-1,m). It adds up
// exactly, but from the second link on T(k,y,m) and T(k,y-1,m) sit on different weights and scales
// (Cbar(y-1) W(k,y-1) against Cbar(y-2) W(k,y-2)), so a branch whose volume did not change gets a
// share of the aggregate's growth and of the re-weighting (the tests show a flat branch at -5.3
// points). The DOMAIN.md formula is the contract and stays the default ('term_difference'); the
// 'annual_overlap' method splits the change at the annual overlap instead, the usual decomposition
// for annually chain-linked indices, and is offered for analysis:
//   C(y,m) - C(y-1,m) = [C(y,m) - Cbar(y-1)] + [Cbar(y-1) - C(y-1,m)]
//   part 1 of k: T(k,y,m) - Cbar(y-1) W(k,y-1)           (volume change within the new link)
//   part 2 of k: Tbar(k,y-1) - T(k,y-1,m)                 (volume change within the old link)
//   contribution(k) = 100 * (part 1 + part 2) / C(y-1,m)
// Both parts add up over k to the parts of the aggregate, so contributions still sum exactly to the
// yoy change, and a branch with unchanged volume contributes zero. In the first linked year both
// methods coincide.
// Chained components are not additive in levels; these are a decomposition of the change only.
import type { ChainedIndex } from './chain-link';

export type ContributionMethod = 'annual_overlap' | 'term_difference';

/** Per component, points of yoy change aligned with chain.levels; NaN for the first 12 months. */
export function contributionsToYearOnYear(chain: ChainedIndex, method: ContributionMethod = 'term_difference'): Float64Array[] {
  const months = chain.levels.length;
  return chain.terms.map((terms, k) => {
    const points = new Float64Array(months).fill(Number.NaN);
    const anchors = chain.anchors[k]!;
    for (let y = 1; y * 12 < months; y++) {
      let previousMean = 0;
      for (let m = 0; m < 12; m++) previousMean += terms[(y - 1) * 12 + m]! / 12;
      const linkEffect = method === 'annual_overlap' ? previousMean - anchors[y]! : 0;
      for (let t = y * 12; t < Math.min(months, y * 12 + 12); t++) {
        const value = (100 * (terms[t]! - terms[t - 12]! + linkEffect)) / chain.levels[t - 12]!;
        points[t] = Number.isFinite(value) ? value : Number.NaN;
      }
    }
    return points;
  });
}
