// Reads a dataset folder (data/ by default): one plan folder, the classifications and the public
// figures. Every file is checked against the contracts, then across files (areas, executors,
// indicators, measure numbers), and every problem is reported at once, naming the file, the record
// and the field, so that a person can fix the files in one pass.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
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
import type { LocalizedText } from '../contracts/localized';
import { CsvFormatError, parseCsv, parseDecimal, type CsvTable } from './csv';

export const DEFAULT_PLAN_FOLDER = 'machine-building-2024-2028';

export const branchScopes = ['core', 'extended'] as const;
export type BranchScope = (typeof branchScopes)[number];

/** A three-digit OKED group of the machine-building sub-branches (data/classifications/oked-groups.csv). */
export interface BranchGroup {
  /** OKED group, e.g. "28.3". */
  code: string;
  /** OKED division, e.g. "28". */
  division: string;
  names: LocalizedText;
  scope: BranchScope;
  /** Why the group has this scope. */
  scopeNote: string | null;
  /** The note of the source list the group was taken from. */
  sourceNote: string | null;
}

/** An oblast or a city of republican significance (data/classifications/regions.csv). */
export interface Region {
  /** ISO 3166-2:KZ code, e.g. "KZ-39"; its digits follow KATO. */
  code: string;
  kind: 'region' | 'city';
  names: LocalizedText;
  /** The administrative centre, in English. */
  adminCentre: string | null;
}

export const figureQualifiers = ['exact', 'more_than', 'about', 'range'] as const;
export type FigureQualifier = (typeof figureQualifiers)[number];

/** One published figure with its source (data/public-figures.csv). */
export interface PublishedFigure {
  /** 1-based position of the figure in the file: its stable key. */
  position: number;
  /** The "indicator" column: what the figure measures. */
  label: string;
  unit: string;
  /** The period as published, e.g. "2023 Jan-Oct", "5 years to 2022". */
  period: string;
  /** The value as published, e.g. "2.3", ">3000", "~115000", "8-10". */
  valueText: string;
  /** The number where there is one: ">3000" gives 3000 (more_than); a range gives null. */
  value: number | null;
  /** How valueText relates to value; null where the text is not a number at all. */
  qualifier: FigureQualifier | null;
  sourceUrl: string;
  note: string | null;
}

export type DatasetArea = DatasetPlan['areas'][number];

export interface PlanDataset {
  plan: DatasetPlan;
  organizations: DatasetOrganization[];
  measures: DatasetMeasure[];
  indicators: DatasetIndicator[];
}

export interface DefaultDataset extends PlanDataset {
  branchGroups: BranchGroup[];
  regions: Region[];
  publishedFigures: PublishedFigure[];
}

export interface DatasetIssue {
  /** The file as shown to a person: the data folder's name, then the path inside it. */
  file: string;
  /** The record, e.g. "measure 12", "organization MIC", "row 7"; absent for the file as a whole. */
  record?: string;
  /** The field, e.g. "deadlineText", "costs[0].source", "scope". */
  field?: string;
  message: string;
}

export function formatDatasetIssue(issue: DatasetIssue): string {
  const where = [issue.record, issue.field === undefined ? undefined : `field "${issue.field}"`].filter(Boolean).join(', ');
  return where ? `${issue.file}: ${where}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

const MAX_ISSUES_IN_MESSAGE = 20;

export class DatasetValidationError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => `  - ${formatDatasetIssue(issue)}`);
    if (issues.length > shown.length) shown.push(`  ... and ${issues.length - shown.length} more`);
    super(`The dataset has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${shown.join('\n')}`);
    this.name = 'DatasetValidationError';
  }
}

export interface DatasetFilePaths {
  plan: string;
  organizations: string;
  measures: string;
  indicators: string;
  okedGroups: string;
  regions: string;
  publicFigures: string;
}

export function datasetFilePaths(dataDir: string, planFolder: string = DEFAULT_PLAN_FOLDER): DatasetFilePaths {
  const planDir = path.join(dataDir, 'plans', planFolder);
  return {
    plan: path.join(planDir, 'plan.json'),
    organizations: path.join(planDir, 'organizations.json'),
    measures: path.join(planDir, 'measures.json'),
    indicators: path.join(planDir, 'indicators.json'),
    okedGroups: path.join(dataDir, 'classifications', 'oked-groups.csv'),
    regions: path.join(dataDir, 'classifications', 'regions.csv'),
    publicFigures: path.join(dataDir, 'public-figures.csv'),
  };
}

/** The plan folders under dataDir/plans, sorted by name. */
export async function listPlanFolders(dataDir: string): Promise<string[]> {
  const entries = await readdir(path.join(dataDir, 'plans'), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/**
 * Loads and checks the dataset in dataDir: the plan folder dataDir/plans/<planFolder>, the
 * classifications and the public figures. Throws DatasetValidationError listing every problem.
 */
export async function loadDefaultDataset(dataDir: string, options: { planFolder?: string } = {}): Promise<DefaultDataset> {
  const files = datasetFilePaths(dataDir, options.planFolder);
  const issues = new IssueCollector(dataDir);
  const reads = await readAll(Object.values(files));
  const read = (file: string) => reads.find((r) => r.file === file);
  const planDataset = checkPlanFiles(files, readPlanJson(files, read, issues), issues);
  const okedTable = csvOf(read(files.okedGroups), issues, ['code', 'division', 'name_en', 'scope', 'scope_note', 'source_note']);
  const branchGroups = okedTable ? checkBranchGroups(files.okedGroups, okedTable, issues) : [];
  const regionTable = csvOf(read(files.regions), issues, ['iso_code', 'kind', 'name_en', 'name_ru', 'name_kk', 'admin_centre_en']);
  const regions = regionTable ? checkRegions(files.regions, regionTable, issues) : [];
  const figureTable = csvOf(read(files.publicFigures), issues, ['indicator', 'unit', 'period', 'value', 'source_url', 'note']);
  const publishedFigures = figureTable ? checkPublishedFigures(files.publicFigures, figureTable, issues) : [];
  issues.throwIfAny();
  if (!planDataset) throw new DatasetValidationError(issues.issues);
  return { ...planDataset, branchGroups, regions, publishedFigures };
}

/** Loads and checks one plan folder (plan.json, organizations.json, measures.json, indicators.json). */
export async function loadPlanFolder(planDir: string): Promise<PlanDataset> {
  const dataDir = path.dirname(path.dirname(planDir));
  const files = datasetFilePaths(dataDir, path.basename(planDir));
  const issues = new IssueCollector(dataDir);
  const reads = await readAll([files.plan, files.organizations, files.measures, files.indicators]);
  const dataset = checkPlanFiles(files, readPlanJson(files, (file) => reads.find((r) => r.file === file), issues), issues);
  issues.throwIfAny();
  if (!dataset) throw new DatasetValidationError(issues.issues);
  return dataset;
}

function readPlanJson(files: DatasetFilePaths, read: (file: string) => FileRead | undefined, issues: IssueCollector) {
  return {
    plan: jsonOf(read(files.plan), issues),
    organizations: jsonOf(read(files.organizations), issues),
    measures: jsonOf(read(files.measures), issues),
    indicators: jsonOf(read(files.indicators), issues),
  };
}

class IssueCollector {
  readonly issues: DatasetIssue[] = [];
  constructor(private readonly dataDir: string) {}

  add(file: string, message: string, record?: string, field?: string): void {
    const shown = path.join(path.basename(this.dataDir), path.relative(this.dataDir, file)).split(path.sep).join('/');
    this.issues.push({ file: shown, ...(record === undefined ? {} : { record }), ...(field === undefined ? {} : { field }), message });
  }

  addZod(file: string, error: z.ZodError, record: (path: readonly PropertyKey[]) => { label?: string; rest: readonly PropertyKey[] }): void {
    for (const issue of error.issues) {
      const { label, rest } = record(issue.path);
      const keys = issue.code === 'unrecognized_keys' ? [...rest, issue.keys.join(', ')] : rest;
      const field = formatFieldPath(keys);
      const message =
        issue.code === 'unrecognized_keys'
          ? 'this field is not part of the format'
          : issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
            ? 'the field is missing'
            : issue.message;
      this.add(file, message, label, field === '' ? undefined : field);
    }
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new DatasetValidationError(this.issues);
  }
}

function formatFieldPath(keys: readonly PropertyKey[]): string {
  let out = '';
  for (const key of keys) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

type FileRead = { file: string; text: string } | { file: string; error: unknown };

/** Reads the files in parallel; the caller then checks them in a fixed order, so messages come in a stable order. */
function readAll(files: string[]): Promise<FileRead[]> {
  return Promise.all(
    files.map((file) =>
      readFile(file, 'utf8').then(
        (text) => ({ file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }),
        (error: unknown) => ({ file, error }),
      ),
    ),
  );
}

function textOf(read: FileRead | undefined, issues: IssueCollector): string | undefined {
  if (!read) return undefined;
  if ('text' in read) return read.text;
  const code = (read.error as NodeJS.ErrnoException).code;
  issues.add(read.file, code === 'ENOENT' ? 'the file is missing' : `the file cannot be read (${code ?? String(read.error)})`);
  return undefined;
}

function jsonOf(read: FileRead | undefined, issues: IssueCollector): unknown {
  const text = textOf(read, issues);
  if (text === undefined || !read) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    issues.add(read.file, `the file is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function csvOf(read: FileRead | undefined, issues: IssueCollector, requiredColumns: string[]): CsvTable | undefined {
  const text = textOf(read, issues);
  if (text === undefined || !read) return undefined;
  try {
    return parseCsv(text, { requiredColumns });
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    issues.add(read.file, error.message.replace(/^row \d+(, column "[^"]*")?: /, ''), `row ${error.rowNumber}`, error.column);
    return undefined;
  }
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

function checkPlanFiles(
  files: DatasetFilePaths,
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

function uniqueKeys<T, K extends string | number>(
  file: string,
  items: readonly T[],
  key: (item: T) => K,
  kind: string,
  field: string,
  issues: IssueCollector,
): Set<K> {
  const seen = new Set<K>();
  for (const item of items) {
    const value = key(item);
    if (seen.has(value)) issues.add(file, `${kind} ${value} appears more than once`, `${kind} ${value}`, field);
    seen.add(value);
  }
  return seen;
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

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const okedRowSchema = z.object({
  code: z.string().regex(/^\d{2}\.\d$/, 'expected a three-digit OKED group such as "28.3"'),
  division: z.string().regex(/^\d{2}$/, 'expected a two-digit OKED division such as "28"'),
  name_en: nonEmpty,
  scope: z.enum(branchScopes),
  scope_note: nonEmpty,
  source_note: z.string(),
});

const regionRowSchema = z.object({
  iso_code: z.string().regex(/^KZ-\d{2}$/, 'expected an ISO 3166-2:KZ code such as "KZ-39"'),
  kind: z.enum(['region', 'city']),
  name_en: nonEmpty,
  name_ru: nonEmpty,
  name_kk: nonEmpty,
  admin_centre_en: nonEmpty,
});

const publicFigureRowSchema = z.object({
  indicator: nonEmpty,
  unit: nonEmpty,
  period: nonEmpty,
  value: nonEmpty,
  source_url: z.string().url('expected the URL of the source'),
  note: z.string(),
});

function parseRows<S extends z.ZodType<Record<string, string>>>(file: string, table: CsvTable, schema: S, issues: IssueCollector) {
  const rows: { rowNumber: number; values: z.infer<S> }[] = [];
  for (const row of table.rows) {
    const result = schema.safeParse(row.values);
    if (result.success) rows.push({ rowNumber: row.rowNumber, values: result.data });
    else issues.addZod(file, result.error, (p) => ({ label: `row ${row.rowNumber}`, rest: p }));
  }
  return rows;
}

function checkBranchGroups(file: string, table: CsvTable, issues: IssueCollector): BranchGroup[] {
  const groups = parseRows(file, table, okedRowSchema, issues).map(({ rowNumber, values: v }) => {
    if (!v.code.startsWith(`${v.division}.`)) issues.add(file, `group ${v.code} is not in division ${v.division}`, `row ${rowNumber}`, 'division');
    return {
      code: v.code,
      division: v.division,
      names: { en: v.name_en },
      scope: v.scope,
      scopeNote: v.scope_note,
      sourceNote: v.source_note === '' ? null : v.source_note,
    };
  });
  uniqueKeys(file, groups, (g) => g.code, 'OKED group', 'code', issues);
  return groups;
}

function checkRegions(file: string, table: CsvTable, issues: IssueCollector): Region[] {
  const regions = parseRows(file, table, regionRowSchema, issues).map(({ values: v }) => ({
    code: v.iso_code,
    kind: v.kind,
    names: { kk: v.name_kk, ru: v.name_ru, en: v.name_en },
    adminCentre: v.admin_centre_en,
  }));
  uniqueKeys(file, regions, (r) => r.code, 'region', 'iso_code', issues);
  return regions;
}

/** Reads ">3000", "~115000", "8-10" and "2.3" as published: a number and how it is qualified. */
export function parseFigureValue(text: string): { value: number | null; qualifier: FigureQualifier | null } {
  const trimmed = text.trim();
  const plain = parseDecimal(trimmed);
  if (plain !== null) return { value: plain, qualifier: 'exact' };
  const qualified = /^(>|~)\s*(.+)$/.exec(trimmed);
  if (qualified) {
    const value = parseDecimal(qualified[2] ?? '');
    if (value !== null) return { value, qualifier: qualified[1] === '>' ? 'more_than' : 'about' };
  }
  const range = /^(.+?)\s*-\s*(.+)$/.exec(trimmed);
  if (range && parseDecimal(range[1] ?? '') !== null && parseDecimal(range[2] ?? '') !== null) return { value: null, qualifier: 'range' };
  return { value: null, qualifier: null };
}

function checkPublishedFigures(file: string, table: CsvTable, issues: IssueCollector): PublishedFigure[] {
  return parseRows(file, table, publicFigureRowSchema, issues).map(({ values: v }, index) => ({
    position: index + 1,
    label: v.indicator,
    unit: v.unit,
    period: v.period,
    valueText: v.value,
    ...parseFigureValue(v.value),
    sourceUrl: v.source_url,
    note: v.note === '' ? null : v.note,
  }));
}
