// The plan's claim "one job in machine building creates up to 8-10 jobs in related industries",
// tested on a table. DOMAIN.md section 5: 8-10 jobs elsewhere per job means a jobs ratio of 9-11.
// The group's ratios come from an impact of its final-demand mix, so they are direct-job-weighted
// averages of its products' ratios and agree with what the impact calculator shows.
import { IoRequestError } from './errors';
import { computeImpact } from './impact';
import { finalDemandChangeFor } from './impact-request';
import type { IoModel } from './io-model';
import { groupMix } from './product-group';

export type ClaimBasis = 'typeI' | 'typeII';
export type ClaimComparison = 'below' | 'within' | 'above';

export const CLAIMED_RELATED_JOBS: readonly [number, number] = [8, 10];

export interface ClaimBasisResult {
  basis: ClaimBasis;
  /** Total jobs per direct job. */
  ratio: number;
  /** ratio - 1: jobs created elsewhere per direct job. */
  jobsElsewherePerDirectJob: number;
  /** The part of those jobs that falls on products outside the group. */
  outsideGroupPerDirectJob: number;
  comparison: ClaimComparison;
}

export interface ClaimVerdict {
  holds: boolean;
  /** The basis on which it holds (Type I first, being the narrower); when it fails, the nearer one. */
  basis: ClaimBasis;
  ratio: number;
  jobsElsewherePerDirectJob: number;
  /** Related jobs per job as claimed. */
  claimedRange: [number, number];
  /** The same claim as a ratio of total to direct jobs. */
  claimedRatioRange: [number, number];
  typeI: ClaimBasisResult;
  typeII: ClaimBasisResult;
  group: { label: string; mix: { code: string; share: number }[]; mixSource: 'table' | 'given' };
  /** English; the web builds its kk/ru/en text from the structured fields instead. */
  sentence: string;
}

export interface ClaimOptions {
  mix?: Readonly<Record<string, number>>;
  /** Related jobs per job; default CLAIMED_RELATED_JOBS. */
  claimedRange?: readonly [number, number];
  /** How the sentence names the group, e.g. "machine building"; default the list of codes. */
  groupLabel?: string;
}

export function checkJobsClaim(model: IoModel, codes: readonly string[], options: ClaimOptions = {}): ClaimVerdict {
  const mix = groupMix(model, codes, options.mix);
  const change = finalDemandChangeFor(model, mix, { finalDemand: 1 });
  const impact = computeImpact(model, change);
  const direct = impact.totals.jobs.direct;
  if (!(direct > 0)) throw new IoRequestError('the group has no employment in the table, so jobs per direct job are undefined');
  const inGroup = new Set(mix.indices);
  let outsideTypeI = 0;
  let outsideTotal = 0;
  impact.products.forEach((p, i) => {
    if (inGroup.has(i)) return;
    outsideTypeI += p.jobs.typeI;
    outsideTotal += p.jobs.total;
  });
  const [low, high] = options.claimedRange ?? CLAIMED_RELATED_JOBS;
  const claimedRatioRange: [number, number] = [low + 1, high + 1];
  const result = (basis: ClaimBasis, total: number, outside: number): ClaimBasisResult => {
    const ratio = total / direct;
    const comparison: ClaimComparison = ratio < claimedRatioRange[0] ? 'below' : ratio > claimedRatioRange[1] ? 'above' : 'within';
    return { basis, ratio, jobsElsewherePerDirectJob: ratio - 1, outsideGroupPerDirectJob: outside / direct, comparison };
  };
  const typeI = result('typeI', impact.totals.jobs.typeI, outsideTypeI);
  const typeII = result('typeII', impact.totals.jobs.total, outsideTotal);
  const holds = typeI.comparison === 'within' || typeII.comparison === 'within';
  const distance = (r: ClaimBasisResult): number => Math.max(claimedRatioRange[0] - r.ratio, r.ratio - claimedRatioRange[1], 0);
  const chosen = typeI.comparison === 'within' ? typeI : typeII.comparison === 'within' ? typeII : distance(typeI) < distance(typeII) ? typeI : typeII;
  const label = options.groupLabel ?? `the group ${mix.codes.join(', ')}`;
  return {
    holds,
    basis: chosen.basis,
    ratio: chosen.ratio,
    jobsElsewherePerDirectJob: chosen.jobsElsewherePerDirectJob,
    claimedRange: [low, high],
    claimedRatioRange,
    typeI,
    typeII,
    group: { label, mix: mix.codes.map((code, k) => ({ code, share: mix.shares[k]! })), mixSource: mix.source },
    sentence: claimSentence(label, typeI, typeII, holds ? chosen.basis : null, [low, high]),
  };
}

function claimSentence(
  label: string,
  typeI: ClaimBasisResult,
  typeII: ClaimBasisResult,
  holdsOn: ClaimBasis | null,
  [low, high]: [number, number],
): string {
  const f = (value: number): string => value.toFixed(2);
  const claim = `${low}-${high} related jobs per job (a ratio of ${low + 1}-${high + 1})`;
  const supplyChain = `${f(typeI.jobsElsewherePerDirectJob)} jobs elsewhere through the supply chain (Type I ratio ${f(typeI.ratio)})`;
  const withHouseholds = `${f(typeII.jobsElsewherePerDirectJob)} when the spending of wages is counted too (Type II ratio ${f(typeII.ratio)})`;
  const facts = `each direct job in ${label} comes with ${supplyChain}, and ${withHouseholds}`;
  const outside =
    `Of those, ${f(typeI.outsideGroupPerDirectJob)} (Type I) and ${f(typeII.outsideGroupPerDirectJob)} (Type II) ` +
    'per direct job are outside the group itself.';
  if (holdsOn === 'typeI') return `The claim of ${claim} holds on this table on the Type I basis: ${facts}. ${outside}`;
  if (holdsOn === 'typeII') {
    return `The claim of ${claim} holds on this table only on the Type II basis, which counts jobs supported by household spending: ${facts}. ${outside}`;
  }
  const where =
    typeI.comparison === typeII.comparison
      ? `${typeI.comparison} the claimed range on both bases`
      : `the Type I ratio ${typeI.comparison} and the Type II ratio ${typeII.comparison} the claimed range`;
  return `The claim of ${claim} does not hold on this table: ${facts}, ${where}. ${outside}`;
}
