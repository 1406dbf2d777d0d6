// Use cases of the indicator engine's reads: a plan's indicators with their status on a date, and
// one indicator's page. Read models are computed by core (plan-indicator-read-model.ts) and cached
// here, keyed by the versions of everything they depend on (the newest observation import, the
// plan's indicator definitions and links, and obligations when tracked), so that new data is seen
// on the next request and a repeated page load costs one small query.
import type pg from 'pg';
import type { IndicatorDetail, PlanIndicatorStatus } from '../../contracts/api/indicator-status';
import { loadPlanIndicatorContext } from '../../db/repositories/indicator-links';
import { indicatorReadModelVersion } from '../../db/repositories/indicator-read-model-version';
import { buildPlanIndicatorReadModel, type PlanIndicatorReadModel } from './plan-indicator-read-model';
import { ReadModelCache } from './read-model-cache';

const caches = new WeakMap<pg.Pool, ReadModelCache<PlanIndicatorReadModel | null>>();
/** Pools whose database is known to track obligations (a table, once created, stays). */
const tracksObligations = new WeakSet<pg.Pool>();

function cacheFor(pool: pg.Pool): ReadModelCache<PlanIndicatorReadModel | null> {
  let cache = caches.get(pool);
  if (!cache) {
    cache = new ReadModelCache();
    caches.set(pool, cache);
  }
  return cache;
}

/** The plan's read model on asOf, or null when there is no such plan. */
export async function planIndicatorReadModel(pool: pg.Pool, planCode: string, asOf: string): Promise<PlanIndicatorReadModel | null> {
  const { version, obligationsTracked } = await indicatorReadModelVersion(pool, planCode, tracksObligations.has(pool));
  if (obligationsTracked) tracksObligations.add(pool);
  const key = `${planCode}|${asOf}|${version}`;
  return cacheFor(pool).get(key, async () => {
    const plan = await loadPlanIndicatorContext(pool, planCode);
    return plan && buildPlanIndicatorReadModel(pool, plan, asOf);
  });
}

/** Every indicator of the plan with its status and rating on asOf; null when there is no such plan. */
export async function getPlanIndicatorStatus(pool: pg.Pool, planCode: string, asOf: string): Promise<PlanIndicatorStatus | null> {
  const model = await planIndicatorReadModel(pool, planCode, asOf);
  if (!model) return null;
  const { views: _views, ...status } = model;
  return status;
}

export type IndicatorDetailResult = { kind: 'no_plan' } | { kind: 'no_indicator' } | { kind: 'found'; detail: IndicatorDetail };

/** Everything the indicator page shows. */
export async function getIndicatorDetail(pool: pg.Pool, planCode: string, code: string, asOf: string): Promise<IndicatorDetailResult> {
  const model = await planIndicatorReadModel(pool, planCode, asOf);
  if (!model) return { kind: 'no_plan' };
  const status = model.items.find((item) => item.code === code);
  const views = model.views.get(code);
  if (!status || !views) return { kind: 'no_indicator' };
  return {
    kind: 'found',
    detail: {
      planCode: model.planCode,
      asOf: model.asOf,
      status,
      ...views,
      consistencyChecks: model.consistencyChecks.filter((check) => check.indicators.includes(code)),
      divergence: {
        obligationsTracked: model.divergence.obligationsTracked,
        note: model.divergence.note,
        delivery: model.divergence.indicators.find((entry) => entry.indicatorCode === code) ?? null,
      },
    },
  };
}
