// The reference files beside the plans: the OKED groups of the branch and the regions
// (data/classifications/) and the published figures (data/public-figures.csv). Each CSV row is
// checked on its own, so that a message can name the row.
import { z } from 'zod';
import type { LocalizedText } from '../contracts/localized';
import { parseDecimal, type CsvTable } from './csv';
import { uniqueKeys, type IssueCollector } from './dataset-issues';

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

export function checkBranchGroups(file: string, table: CsvTable, issues: IssueCollector): BranchGroup[] {
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

export function checkRegions(file: string, table: CsvTable, issues: IssueCollector): Region[] {
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

export function checkPublishedFigures(file: string, table: CsvTable, issues: IssueCollector): PublishedFigure[] {
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
