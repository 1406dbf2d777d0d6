// The indicator engine's read models: each plan indicator's status on a date (latest figure against
// its trajectory, required rate, forecasts, probability and rating), the indicator page's series,
// the plan's consistency checks, divergence alarms and contributions to growth.
import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { indicatorRoles, seriesKinds } from '../indicator-series-file';
import { STATUS_NOTE_CODES, type StatusNoteCode } from '../../core/stats/status-notes';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ratings = ['green', 'amber_green', 'amber', 'amber_red', 'red'] as const;
export const forecastMethods = ['log_linear_trend', 'damped_holt', 'seasonal_naive_drift'] as const;
export const baseYearSources = ['indicator', 'plan', 'plan_assumption', 'none'] as const;
export const contributionReasons = ['no_series', 'no_components', 'no_component_data', 'incomplete_panel'] as const;

const statusNoteSchema = z
  .object({
    code: z.enum(STATUS_NOTE_CODES as [StatusNoteCode, ...StatusNoteCode[]]).meta({ description: 'What kind of limit; the web app words each code in kk, ru and en.' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])).meta({ description: 'The values the wording refers to (years, dates, series codes).' }),
    text: z.string().meta({ description: 'The note in English.' }),
  })
  .meta({ id: 'IndicatorStatusNote' });

export const asOfQuerySchema = z.object({
  asOf: z
    .string()
    .regex(ISO_DATE, 'must be a date written YYYY-MM-DD')
    .optional()
    .meta({ description: 'Figures as known on this date (the latest release on or before it); default today in Kazakhstan.', example: '2024-06-30' }),
});

export const indicatorCodeParamSchema = z.object({
  planCode: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'a plan code is letters, digits, "-" and "_"').meta({ example: 'MB-2024-2028' }),
  code: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,63}$/, 'an indicator code is upper-case letters, digits, "-" and "_"').meta({ example: 'PVI' }),
});

const ratingSchema = z.enum(ratings).meta({ id: 'DeliveryRating', description: 'Green >= 80%, Amber/Green 60-80%, Amber 40-60%, Amber/Red 20-40%, Red < 20% (DOMAIN.md section 4).' });

export const seriesLinkSchema = z
  .object({
    code: z.string(),
    branch: z.string(),
    region: z.string(),
    kind: z.enum(seriesKinds),
    unit: z.string().nullable().meta({ description: 'The unit the series is stored in; null when no figure of it is stored.' }),
    currency: z.string().nullable(),
  })
  .meta({ id: 'IndicatorSeriesLink', description: 'The statistical series an indicator is computed from.' });

export const baseYearSchema = z
  .object({
    year: z.number().int().nullable(),
    source: z.enum(baseYearSources).meta({ description: "indicator: the indicator states it; plan: the plan does; plan_assumption: neither does, and the plan's documented assumption is used; none." }),
    isAssumed: z.boolean(),
    note: localizedTextSchema.nullable().meta({ description: 'Why the assumed year was chosen.' }),
  })
  .meta({ id: 'IndicatorBaseYear' });

const backtestSchema = z
  .object({ origins: z.number().int(), mape: z.number().meta({ description: 'Mean absolute percentage error, in percent.' }), rmse: z.number() })
  .meta({ id: 'BacktestError', description: 'One-step-ahead rolling-origin back-test on the series itself.' });

export const indicatorStatusSchema = z
  .object({
    code: z.string(),
    names: localizedTextSchema,
    unit: localizedTextSchema,
    role: z.enum(indicatorRoles).nullable(),
    priceBasis: z.string(),
    currency: z.string().nullable(),
    illustrativeFields: z.array(z.string()),
    series: seriesLinkSchema.nullable(),
    hasData: z.boolean().meta({ description: 'False when no figure of the linked series was released by asOf (or no series is linked).' }),
    baseYear: baseYearSchema,
    targetYear: z.number().int().nullable(),
    targetMultiple: z.number().nullable(),
    baseValue: z.number().nullable().meta({ description: 'For a volume index, the base year is 100.' }),
    targetValue: z.number().nullable(),
    latest: z.object({ year: z.number().int(), period: z.string(), value: z.number() }).nullable().meta({ description: 'The latest annual figure known on asOf, on the base year\'s scale.' }),
    latestRelease: z
      .object({ period: z.string(), value: z.number(), priceBasis: z.string(), releaseDate: z.string() })
      .nullable()
      .meta({ description: 'The most recent figure released (e.g. January-September), newer than the latest annual figure; shown, not used in the annual computation.' }),
    multipleSoFar: z.number().nullable(),
    trajectoryValue: z.number().nullable().meta({ description: "The trajectory's value for the latest figure's year." }),
    gap: z.object({ absolute: z.number(), relative: z.number() }).nullable().meta({ description: 'latest - trajectory, and latest / trajectory - 1.' }),
    requiredAnnualRate: z.number().nullable().meta({ description: 'R^(1/(T - t0)) - 1, a fraction.' }),
    requiredRateFromNow: z.number().nullable().meta({ description: '(R * X0 / X(t))^(1/(T - t)) - 1 from the latest figure.' }),
    historicalGrowth: z.object({ meanLogGrowth: z.number(), annualRate: z.number(), sigma: z.number().nullable(), years: z.number().int() }).nullable(),
    forecasts: z.array(z.object({ method: z.enum(forecastMethods), valueAtTarget: z.number(), backtest: backtestSchema.nullable() })),
    forecastAtTarget: z.object({ method: z.enum(forecastMethods), value: z.number() }).nullable().meta({ description: 'The method with the lowest back-test error.' }),
    probability: z
      .object({ simulated: z.number().nullable(), closedForm: z.number().nullable(), paths: z.number().int(), seed: z.number().int() })
      .meta({ description: 'P(target met): bootstrap of historical log growth (fixed seed) and the closed form under i.i.d. normal log growth.' }),
    rating: ratingSchema.nullable(),
    notes: z.array(statusNoteSchema).meta({ description: 'What limits the figures.' }),
  })
  .meta({ id: 'IndicatorStatus', description: "An indicator's delivery status on a date." });
export type IndicatorStatusView = z.infer<typeof indicatorStatusSchema>;

export const consistencyCheckSchema = z
  .object({
    kind: z.enum(['implied_deflator', 'productivity_identity', 'missing_metadata']),
    indicators: z.array(z.string()),
    inputs: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
    formula: z.string(),
    arithmetic: z.string().meta({ description: "The formula with the plan's numbers put in.", example: '4.5 / 2.2 = 2.045; 2.045^(1/6) - 1 = 12.7%' }),
    result: z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string()), z.null()])),
    verdict: z.enum(['ok', 'info', 'warning', 'fail']),
    explanation: z.string(),
    assumptions: z.array(z.string()),
  })
  .meta({ id: 'ConsistencyCheck', description: "A check across a plan's targets, with its arithmetic." });
export type ConsistencyCheckView = z.infer<typeof consistencyCheckSchema>;

export const divergenceAlarmSchema = z
  .object({
    kind: z.enum(['indicator_off_track_measures_on_time', 'measures_late_indicator_on_track']),
    indicatorCode: z.string(),
    message: z.string(),
    evidence: z.object({ rating: ratingSchema.nullable(), gapRelative: z.number().nullable(), onTimeShare: z.number() }),
  })
  .meta({ id: 'DivergenceAlarm' });

export const measureDeliverySchema = z
  .object({
    indicatorCode: z.string(),
    measures: z.number().int().meta({ description: 'Measures linked to the indicator.' }),
    due: z.number().int().nullable().meta({ description: 'Their obligations due before asOf (not cancelled); null when obligations are not tracked.' }),
    onTime: z.number().int().nullable(),
    late: z.number().int().nullable(),
    alarm: divergenceAlarmSchema.nullable(),
  })
  .meta({ id: 'IndicatorMeasureDelivery' });

export const divergenceSchema = z
  .object({
    obligationsTracked: z.boolean().meta({ description: 'False when this database has no obligations: measure lateness is then unknown and no alarm can be raised.' }),
    note: z.string(),
    indicators: z.array(measureDeliverySchema),
  })
  .meta({ id: 'IndicatorDivergence' });

export const planIndicatorStatusSchema = z
  .object({
    planCode: z.string(),
    asOf: z.string(),
    items: z.array(indicatorStatusSchema),
    consistencyChecks: z.array(consistencyCheckSchema),
    divergence: divergenceSchema,
  })
  .meta({ id: 'PlanIndicatorStatus', description: "Every indicator of a plan with its status and rating on a date." });
export type PlanIndicatorStatus = z.infer<typeof planIndicatorStatusSchema>;

export const indicatorObservationSchema = z
  .object({
    period: z.string(),
    priceBasis: z.string(),
    value: z.number(),
    status: z.enum(['preliminary', 'final']),
    source: z.string(),
    sourceUrl: z.string().nullable().meta({ description: 'The source when it is a web address.' }),
    releaseDate: z.string(),
    isInForce: z.boolean().meta({ description: 'The vintage in force on asOf for its period and price basis (later ones supersede it).' }),
    isUsed: z.boolean().meta({ description: 'Used in the annual computation.' }),
  })
  .meta({ id: 'IndicatorObservation' });

export const indicatorDetailSchema = z
  .object({
    planCode: z.string(),
    asOf: z.string(),
    status: indicatorStatusSchema,
    actual: z.array(z.object({ year: z.number().int(), value: z.number(), growth: z.number().nullable() })).meta({ description: "Annual levels known on asOf (on the base year's scale) and their growth over the previous year." }),
    trajectory: z.array(z.object({ year: z.number().int(), value: z.number(), isStated: z.boolean() })),
    growth: z.array(z.object({ year: z.number().int(), actual: z.number().nullable(), trajectory: z.number() })).meta({ description: 'Growth each year: actual against what the trajectory needs.' }),
    rates: z
      .object({ requiredFromBase: z.number().nullable(), requiredFromNow: z.number().nullable(), historical: z.number().nullable(), forecast: z.number().nullable() })
      .meta({ description: 'Annual growth rates: required from the base year and from the latest figure, historical mean, and implied by the best forecast.' }),
    fan: z.array(z.object({ year: z.number().int(), p05: z.number(), p25: z.number(), p50: z.number(), p75: z.number(), p95: z.number() })),
    forecastPaths: z.array(z.object({ method: z.enum(forecastMethods), points: z.array(z.object({ year: z.number().int(), value: z.number() })) })),
    consistencyChecks: z.array(consistencyCheckSchema),
    observations: z.array(indicatorObservationSchema).meta({ description: 'Every vintage released by asOf, with its source.' }),
    divergence: z.object({ obligationsTracked: z.boolean(), note: z.string(), delivery: measureDeliverySchema.nullable() }),
  })
  .meta({ id: 'IndicatorDetail', description: 'Everything the indicator page shows.' });
export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

export const contributionsQuerySchema = asOfQuerySchema.extend({
  by: z.enum(['branch', 'region']).default('branch').meta({ description: 'Break the aggregate down by sub-branch or by region.' }),
  period: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month written YYYY-MM').optional().meta({ description: 'The month to rank components in; default the latest.' }),
});

export const indicatorContributionsSchema = z
  .object({
    planCode: z.string(),
    indicatorCode: z.string(),
    by: z.enum(['branch', 'region']),
    asOf: z.string(),
    available: z.boolean(),
    reason: z.enum(contributionReasons).nullable().meta({ description: 'Why there are no contributions, when there are none.' }),
    explanation: z.string(),
    note: z.string().meta({ description: 'Chained components are not additive.' }),
    baseYear: z.number().int().nullable(),
    period: z.string().nullable(),
    periods: z.array(z.string()),
    aggregate: z.array(z.object({ period: z.string(), level: z.number().nullable(), yoy: z.number().nullable() })),
    components: z.array(z.object({ key: z.string(), names: localizedTextSchema.nullable() })),
    rows: z.array(z.object({ key: z.string(), period: z.string(), yoyPoints: z.number() })),
    selected: z.array(z.object({ key: z.string(), yoyPoints: z.number() })),
  })
  .meta({ id: 'IndicatorContributions', description: "Sub-branch or region contributions to the aggregate's year-on-year change, in percentage points." });
export type IndicatorContributions = z.infer<typeof indicatorContributionsSchema>;
