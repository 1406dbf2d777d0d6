// What the API computes from a stored table: multipliers, an impact, the "8-10 jobs" check. Each
// loads the model through the cache and adds what the pages need besides the core's result: which
// figures rest on assumed columns, and whether the table is Kazakhstan's. Returns null when no table
// has the code; the core's IoRequestError (unknown product, bad mix) passes through to the caller.
import { checkJobsClaim, computeMultipliers, impactOf, type ImpactRequest } from '../../core/input-output';
import type { ClaimVerdictResponse, IoImpactReport, IoImpactRequest, IoMultipliers } from '../../contracts/api/input-output';
import type { Queryable } from '../../db/repositories/queryable';
import { illustrativeImpactFields, illustrativeMultipliers, isClaimIllustrative } from './illustrative-results';
import { loadIoModel } from './load-io-model';

export async function tableMultipliers(db: Queryable, code: string): Promise<IoMultipliers | null> {
  const loaded = await loadIoModel(db, code);
  if (!loaded) return null;
  return {
    tableCode: loaded.record.code,
    products: computeMultipliers(loaded.model),
    illustrativeFields: illustrativeMultipliers(loaded.record.illustrativeColumns),
  };
}

export async function tableImpact(db: Queryable, code: string, request: IoImpactRequest): Promise<IoImpactReport | null> {
  const loaded = await loadIoModel(db, code);
  if (!loaded) return null;
  const coreRequest: ImpactRequest = {
    target: request.product !== undefined ? { product: request.product } : { group: request.group ?? [], mix: request.mix },
    amount: request.jobs !== undefined ? { jobs: request.jobs } : { finalDemand: request.finalDemand ?? 0 },
  };
  const report = impactOf(loaded.model, coreRequest);
  return {
    tableCode: loaded.record.code,
    ...report,
    illustrativeFields: illustrativeImpactFields(loaded.record.illustrativeColumns, report.amount.kind),
  };
}

export interface ClaimCheckRequest {
  /** Product codes; default the table's machine-building products. */
  group?: string[];
  mix?: Record<string, number>;
}

/** Thrown when no group is given and the table has no machine-building products to default to. */
export class NoDefaultGroupError extends Error {
  constructor(readonly tableCode: string) {
    super(`the table "${tableCode}" has no products marked as machine building: give the group of products to check ("group=CODE,CODE")`);
    this.name = 'NoDefaultGroupError';
  }
}

export async function tableClaimCheck(db: Queryable, code: string, request: ClaimCheckRequest): Promise<ClaimVerdictResponse | null> {
  const loaded = await loadIoModel(db, code);
  if (!loaded) return null;
  const { record, model } = loaded;
  const group = request.group ?? record.machineBuildingCodes;
  if (group.length === 0) throw new NoDefaultGroupError(record.code);
  const isMachineBuilding = sameCodes(group, record.machineBuildingCodes);
  const verdict = checkJobsClaim(model, group, { mix: request.mix, groupLabel: isMachineBuilding ? 'machine building' : undefined });
  return {
    tableCode: record.code,
    ...verdict,
    groupIsMachineBuilding: isMachineBuilding,
    isKazakhstanTable: record.country === 'KZ',
    isIllustrative: isClaimIllustrative(record.illustrativeColumns),
  };
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((code) => b.includes(code));
}
