// Checks one plan folder: each record of plan.json, organizations.json, measures.json and
// indicators.json against the contracts, then across files (areas, executors, indicators, measure
// numbers).
import type { z } from 'zod';
import {
  datasetIndicatorSchema,
  datasetMeasureSchema,
  datasetOrganizationSchema,
  datasetPlanSchema,
  type DatasetIndicator,
  type DatasetMeasure,
  type DatasetOrganization,
  type DatasetPlan,
} from '../contracts/dataset';
import { uniqueKeys, type IssueCollector } from './dataset-issues';

export type DatasetArea = DatasetPlan['areas'][number];

export interface PlanDataset {
  plan: DatasetPlan;
  organizations: DatasetOrganization[];
  measures: DatasetMeasure[];
  indicators: DatasetIndicator[];
}

/** The files of one plan folder. */
export interface PlanFilePaths {
  plan: string;
  organizations: string;
  measures: string;
  indicators: string;
}

/** Validates each element of a JSON array on its own so that a message can name the record. */
function parseArray<T>(
  file: string,
  raw: unknown,
  schema: z.ZodType<T>,
  label: (item: unknown, index: number) => string,
  issues: IssueCollector,
): { items: T[]; isComplete: boolean } | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    issues.add(file, 'expected a JSON array of records');
    return undefined;
  }
  const out: T[] = [];
  raw.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) out.push(result.data);
    else issues.addZod(file, result.error, (p) => ({ label: label(item, index), rest: p }));
  });
  return { items: out, isComplete: out.length === raw.length };
}

function rawField(item: unknown, key: string): unknown {
  return typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
}

function labelBy(kind: string, key: 'number' | 'code') {
  return (item: unknown, index: number): string => {
    const value = rawField(item, key);
    return (key === 'number' ? Number.isInteger(value) : typeof value === 'string' && value !== '')
      ? `${kind} ${String(value)}`
      : `${kind} at position ${index + 1}`;
  };
}

const indicatorFieldNames = new Set(Object.keys(datasetIndicatorSchema.shape));

export function checkPlanFiles(
  files: PlanFilePaths,
  raw: { plan: unknown; organizations: unknown; measures: unknown; indicators: unknown },
  issues: IssueCollector,
): PlanDataset | undefined {
  let plan: DatasetPlan | undefined;
  if (raw.plan !== undefined) {
    const result = datasetPlanSchema.safeParse(raw.plan);
    if (result.success) plan = result.data;
    else {
      const rawAreas = rawField(raw.plan, 'areas');
      const areaLabel = labelBy('area', 'number');
      issues.addZod(files.plan, result.error, (p) =>
        p[0] === 'areas' && typeof p[1] === 'number'
          ? { label: areaLabel(Array.isArray(rawAreas) ? (rawAreas as unknown[])[p[1]] : undefined, p[1]), rest: p.slice(2) }
          : { label: 'plan', rest: p },
      );
    }
  }
  const organizations = parseArray(files.organizations, raw.organizations, datasetOrganizationSchema, labelBy('organization', 'code'), issues);
  const measures = parseArray(files.measures, raw.measures, datasetMeasureSchema, labelBy('measure', 'number'), issues);
  const indicators = parseArray(files.indicators, raw.indicators, datasetIndicatorSchema, labelBy('indicator', 'code'), issues);

  // Records that passed their own checks are cross-checked even when others failed, so one run
  // reports as much as it can; references are only checked against complete files.
  const orgCodes = organizations && uniqueKeys(files.organizations, organizations.items, (o) => o.code, 'organization', 'code', issues);
  const indicatorCodes = indicators && uniqueKeys(files.indicators, indicators.items, (i) => i.code, 'indicator', 'code', issues);
  const areaNumbers = plan ? uniqueKeys(files.plan, plan.areas, (a) => a.number, 'area', 'number', issues) : undefined;

  if (plan && organizations?.isComplete && !orgCodes?.has(plan.owner)) issues.add(files.plan, `"${plan.owner}" is not an organization in organizations.json`, 'plan', 'owner');
  if (plan && plan.periodStart > plan.periodEnd) issues.add(files.plan, 'the period starts after it ends', 'plan', 'periodEnd');
  if (indicators) for (const indicator of indicators.items) checkIndicator(files.indicators, indicator, plan, issues);
  if (measures) {
    checkMeasures(files.measures, measures.items, measures.isComplete, {
      plan,
      areaNumbers,
      orgCodes: organizations?.isComplete ? orgCodes : undefined,
      indicatorCodes: indicators?.isComplete ? indicatorCodes : undefined,
    }, issues);
  }

  if (!plan || !organizations?.isComplete || !measures?.isComplete || !indicators?.isComplete) return undefined;
  return { plan, organizations: organizations.items, measures: measures.items, indicators: indicators.items };
}

function checkIndicator(file: string, indicator: DatasetIndicator, plan: DatasetPlan | undefined, issues: IssueCollector): void {
  const record = `indicator ${indicator.code}`;
  indicator.illustrativeFields.forEach((name, i) => {
    if (!indicatorFieldNames.has(name)) issues.add(file, `"${name}" is not a field of an indicator`, record, `illustrativeFields[${i}]`);
  });
  if (indicator.priceBasis !== 'constant_prices' && indicator.priceBaseYear !== null)
    issues.add(file, 'a price base year applies to constant prices only', record, 'priceBaseYear');
  if (plan && indicator.targetYear !== null && (indicator.targetYear < plan.periodStart || indicator.targetYear > plan.periodEnd))
    issues.add(file, `target year ${indicator.targetYear} is outside the plan period ${plan.periodStart}-${plan.periodEnd}`, record, 'targetYear');
  const years = new Set<number>();
  indicator.intermediateTargets.forEach((target, i) => {
    if (years.has(target.year)) issues.add(file, `year ${target.year} has more than one intermediate target`, record, `intermediateTargets[${i}].year`);
    years.add(target.year);
  });
}

interface MeasureContext {
  plan: DatasetPlan | undefined;
  areaNumbers: Set<number> | undefined;
  orgCodes: Set<string> | undefined;
  indicatorCodes: Set<string> | undefined;
}

function checkMeasures(file: string, measures: DatasetMeasure[], isComplete: boolean, ctx: MeasureContext, issues: IssueCollector): void {
  const numbers = uniqueKeys(file, measures, (m) => m.number, 'measure', 'number', issues);
  for (const measure of measures) {
    const record = `measure ${measure.number}`;
    const add = (field: string, message: string) => issues.add(file, message, record, field);
    if (isComplete && measure.number > measures.length) add('number', `measures are numbered 1 to ${measures.length} (the number of measures in the file)`);
    if (ctx.areaNumbers && !ctx.areaNumbers.has(measure.area)) add('area', `area ${measure.area} is not one of the plan's areas in plan.json`);
    if (ctx.orgCodes) {
      if (!ctx.orgCodes.has(measure.leadExecutor)) add('leadExecutor', `"${measure.leadExecutor}" is not an organization in organizations.json`);
      measure.coExecutors.forEach((code, i) => {
        if (!ctx.orgCodes?.has(code)) add(`coExecutors[${i}]`, `"${code}" is not an organization in organizations.json`);
      });
    }
    if (measure.coExecutors.includes(measure.leadExecutor)) add('coExecutors', `the lead executor "${measure.leadExecutor}" is also listed as a co-executor`);
    if (new Set(measure.coExecutors).size !== measure.coExecutors.length) add('coExecutors', 'a co-executor is listed more than once');
    measure.indicators.forEach((code, i) => {
      if (ctx.indicatorCodes && !ctx.indicatorCodes.has(code)) add(`indicators[${i}]`, `"${code}" is not an indicator in indicators.json`);
    });
    const costKeys = new Set<string>();
    measure.costs.forEach((cost, i) => {
      if (ctx.plan && (cost.year < ctx.plan.periodStart || cost.year > ctx.plan.periodEnd))
        add(`costs[${i}].year`, `year ${cost.year} is outside the plan period ${ctx.plan.periodStart}-${ctx.plan.periodEnd}`);
      if (cost.source === 'not_required' && cost.amountMillionKzt !== null && cost.amountMillionKzt > 0)
        add(`costs[${i}].amountMillionKzt`, 'an amount is given although financing is not required');
      const key = `${cost.year}/${cost.source}`;
      if (costKeys.has(key)) add(`costs[${i}]`, `year ${cost.year} with source ${cost.source} appears more than once`);
      costKeys.add(key);
    });
  }
  if (!isComplete) return; // numbering and coverage are judged on the whole file only
  if (ctx.areaNumbers) {
    const used = new Set(measures.map((m) => m.area));
    for (const area of ctx.areaNumbers) if (!used.has(area)) issues.add(file, `area ${area} of plan.json has no measures`, `area ${area}`, 'area');
  }
  for (let n = 1; n <= measures.length; n++) if (!numbers.has(n)) issues.add(file, `no measure has number ${n}`, `measure ${n}`, 'number');
}
