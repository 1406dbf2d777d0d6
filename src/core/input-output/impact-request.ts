// Turns "N of final demand" or "N direct jobs" in a product or a group into a final demand vector.
// N direct jobs in product j become the final demand Δf(j) = N / e(j): direct jobs are e(j) Δf(j) in
// DOMAIN.md's Type I ratio, so this is the only conversion under which the impact reports exactly N
// direct jobs and N x ratio jobs in total. For a group with mix w, Δf = w N / (e . w).
import { IoRequestError } from './errors';
import { computeImpact, type ImpactResult } from './impact';
import { dot } from './matrix';
import type { IoModel } from './io-model';
import { groupMix, type GroupMix } from './product-group';

export type ImpactTarget = { product: string } | { group: readonly string[]; mix?: Readonly<Record<string, number>> };
export type ImpactAmount = { finalDemand: number } | { jobs: number };

export interface ImpactRequest {
  target: ImpactTarget;
  amount: ImpactAmount;
}

export interface ImpactReport extends ImpactResult {
  target: { kind: 'product' | 'group'; mix: { code: string; share: number }[]; mixSource: GroupMix['source'] };
  amount: { kind: 'finalDemand' | 'jobs'; value: number };
  /** The total final demand change the amount stands for (equals the amount for 'finalDemand'). */
  finalDemandTotal: number;
  /** Total jobs per direct job of this shock; null when it creates no direct jobs. */
  jobsPerDirectJob: { typeI: number | null; typeII: number | null };
}

export function resolveTarget(model: IoModel, target: ImpactTarget): GroupMix {
  if ('product' in target) return groupMix(model, [target.product], { [target.product]: 1 });
  return groupMix(model, target.group, target.mix);
}

/** The final demand change vector (table order) that a request stands for. */
export function finalDemandChangeFor(model: IoModel, mix: GroupMix, amount: ImpactAmount): Float64Array {
  const value = 'jobs' in amount ? amount.jobs : amount.finalDemand;
  if (!Number.isFinite(value)) throw new IoRequestError(`the amount must be a finite number, got ${value}`);
  let scale = value;
  if ('jobs' in amount) {
    const e = mix.indices.map((i) => model.employmentCoefficients[i]!);
    const directJobsPerUnit = dot(e, mix.shares);
    if (!(directJobsPerUnit > 0)) {
      throw new IoRequestError(
        `${mix.codes.map((c) => `"${c}"`).join(', ')} ${mix.codes.length === 1 ? 'has' : 'have'} no employment in the table, so jobs cannot be converted to final demand`,
      );
    }
    scale = value / directJobsPerUnit;
  }
  const change = new Float64Array(model.size);
  mix.indices.forEach((index, k) => (change[index] = mix.shares[k]! * scale));
  return change;
}

export function impactOf(model: IoModel, request: ImpactRequest): ImpactReport {
  const mix = resolveTarget(model, request.target);
  const change = finalDemandChangeFor(model, mix, request.amount);
  const result = computeImpact(model, change);
  const jobs = result.totals.jobs;
  const perDirectJob = (value: number): number | null => (jobs.direct > 0 ? value / jobs.direct : null);
  return {
    target: {
      kind: 'product' in request.target ? 'product' : 'group',
      mix: mix.codes.map((code, k) => ({ code, share: mix.shares[k]! })),
      mixSource: mix.source,
    },
    amount: 'jobs' in request.amount ? { kind: 'jobs', value: request.amount.jobs } : { kind: 'finalDemand', value: request.amount.finalDemand },
    finalDemandTotal: change.reduce((a, b) => a + b, 0),
    jobsPerDirectJob: { typeI: perDirectJob(jobs.typeI), typeII: perDirectJob(jobs.total) },
    ...result,
  };
}
