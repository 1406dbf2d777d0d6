// The plan-level read model of the indicator engine on a date: every indicator's status and page
// data, the consistency checks across the plan's targets, and the divergence between indicators
// and the measures linked to them. Computed by core from what the database holds; cached by
// indicator-status.ts.
import type pg from 'pg';
import { checkPlanConsistency, detectDivergence } from '../../core/stats';
import type { ConsistencyCheckView, PlanIndicatorStatus } from '../../contracts/api/indicator-status';
import type { PlanIndicatorContext } from '../../db/repositories/indicator-links';
import { hasObligationsTable, loadMeasureDelivery } from '../../db/repositories/indicator-measures';
import { loadSeriesVintages } from '../../db/repositories/indicator-series';
import { consistencySpecs } from './indicator-targets';
import { buildIndicatorReadModel, type IndicatorSeriesViews } from './indicator-read-model';

export interface PlanIndicatorReadModel extends PlanIndicatorStatus {
  /** Page data by indicator code. */
  views: Map<string, IndicatorSeriesViews>;
}

const TRACKED_NOTE =
  "Measure lateness comes from the obligations' public status (accepted reports only) for obligations due before the as-of date; statuses are the current ones.";
const UNTRACKED_NOTE =
  'This database has no obligations table (implementation tracking is not installed): measure lateness is unknown, so no divergence alarm can be raised.';

export async function buildPlanIndicatorReadModel(pool: pg.Pool, plan: PlanIndicatorContext, asOf: string): Promise<PlanIndicatorReadModel> {
  const withObligations = await hasObligationsTable(pool);
  const [vintages, delivery] = await Promise.all([
    Promise.all(
      plan.indicators.map(({ series }) => (series ? loadSeriesVintages(pool, { series: series.code, branch: series.branch, region: series.region }) : null)),
    ),
    loadMeasureDelivery(pool, plan.planId, asOf, withObligations),
  ]);
  const models = plan.indicators.map((indicator, i) => buildIndicatorReadModel(indicator, plan, vintages[i] ?? null, asOf));
  const items = models.map((model) => model.status);
  const byCode = new Map(items.map((item) => [item.code, item]));

  const assumed = plan.assumedBaseYear?.year;
  const consistencyChecks: ConsistencyCheckView[] = checkPlanConsistency(consistencySpecs(plan), assumed === undefined ? {} : { assumedBaseYear: assumed });

  const indicators = delivery.map((entry) => {
    const status = byCode.get(entry.indicatorCode);
    const alarm =
      withObligations && status && entry.due !== null && entry.onTime !== null
        ? detectDivergence({ indicatorCode: entry.indicatorCode, rating: status.rating, gapRelative: status.gap?.relative ?? null, measures: { due: entry.due, onTime: entry.onTime } })
        : null;
    return { ...entry, alarm };
  });

  return {
    planCode: plan.planCode,
    asOf,
    items,
    consistencyChecks,
    divergence: { obligationsTracked: withObligations, note: withObligations ? TRACKED_NOTE : UNTRACKED_NOTE, indicators },
    views: new Map(models.map((model) => [model.status.code, model.views])),
  };
}
