// Reads a dataset folder (data/ by default): one plan folder, the classifications and the public
// figures. Every file is checked against the contracts, then across files (areas, executors,
// indicators, measure numbers), and every problem is reported at once, naming the file, the record
// and the field, so that a person can fix the files in one pass.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { CsvFormatError, parseCsv, type CsvTable } from './csv';
import { DatasetValidationError, IssueCollector } from './dataset-issues';
import { checkPlanFiles, type PlanDataset, type PlanFilePaths } from './dataset-plan-checks';
import {
  checkBranchGroups,
  checkPublishedFigures,
  checkRegions,
  type BranchGroup,
  type PublishedFigure,
  type Region,
} from './dataset-reference-files';

// The names other code imports from here, wherever they now live.
export { DatasetValidationError, formatDatasetIssue, type DatasetIssue } from './dataset-issues';
export type { DatasetArea, PlanDataset } from './dataset-plan-checks';
export {
  branchScopes,
  figureQualifiers,
  parseFigureValue,
  type BranchGroup,
  type BranchScope,
  type FigureQualifier,
  type PublishedFigure,
  type Region,
} from './dataset-reference-files';

export const DEFAULT_PLAN_FOLDER = 'machine-building-2024-2028';

export interface DefaultDataset extends PlanDataset {
  branchGroups: BranchGroup[];
  regions: Region[];
  publishedFigures: PublishedFigure[];
}

export interface DatasetFilePaths extends PlanFilePaths {
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
