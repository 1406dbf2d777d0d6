// Official statistics: series, observations with their vintages, and the report of an import
// (the same shape from the command line and the API).
import { z } from 'zod';
import { parsePeriod } from '../../core/stats';
import { localizedTextSchema } from '../localized';
import { pagingQuerySchema, problemSchema } from './common';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isPeriodText(text: string): boolean {
  try {
    parsePeriod(text);
    return true;
  } catch {
    return false;
  }
}

export const seriesSchema = z
  .object({
    code: z.string().meta({ example: 'PVI' }),
    unit: z.string().meta({ example: '%' }),
    currency: z.string().nullable().meta({ description: 'ISO 4217 code; null for indices and physical units.' }),
    names: localizedTextSchema.nullable(),
    createdAt: z.string().meta({ description: 'When the first import that used the code created the series.' }),
  })
  .meta({ id: 'Series', description: 'A series of official statistics, e.g. PVI (physical volume index), GVA, OUTPUT.' });
export type Series = z.infer<typeof seriesSchema>;

export const observationSchema = z
  .object({
    series: z.string(),
    branch: z.string().meta({ description: 'OKED group (29.1), division (29), class, or aggregate (MB, C, TOTAL).' }),
    region: z.string().meta({ description: 'KZ for the country, or a region ISO code KZ-xx.' }),
    period: z.string().meta({ description: 'YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY or a year-to-date range YYYY-01..YYYY-MM.', example: '2023-01..2023-10' }),
    priceBasis: z.string().meta({ example: 'same_period_previous_year=100' }),
    value: z.number(),
    unit: z.string(),
    currency: z.string().nullable(),
    status: z.enum(['preliminary', 'final']),
    source: z.string(),
    releaseDate: z.string().meta({ description: 'The vintage: the date the figure was published.' }),
  })
  .meta({ id: 'Observation', description: 'One figure of a series as published on its release date.' });
export type Observation = z.infer<typeof observationSchema>;

const periodParam = (description: string) =>
  z.string().trim().refine(isPeriodText, { message: 'must be a period: YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY or YYYY-01..YYYY-MM' }).optional().meta({ description });

export const observationListQuerySchema = pagingQuerySchema.extend({
  series: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/).optional().meta({ description: 'Series code.' }),
  branch: z.string().max(20).optional().meta({ description: 'Branch code.' }),
  region: z.string().max(10).optional().meta({ description: 'Region code (KZ for the country).' }),
  from: periodParam('Only periods that begin in or after this period.'),
  to: periodParam('Only periods that end in or before this period.'),
  asOf: z.string().regex(ISO_DATE, 'must be a date written YYYY-MM-DD').optional().meta({ description: 'Show figures as known on this date (the latest release on or before it).' }),
  vintages: z.enum(['latest', 'all']).default('latest').meta({ description: 'latest: one row per key, the latest release (as of asOf); all: every release.' }),
});
export type ObservationListQuery = z.infer<typeof observationListQuerySchema>;

export const observationProblemSchema = z
  .object({
    row: z.number().int().meta({ description: 'Row in the file; 1 is the header.' }),
    column: z.string().nullable(),
    message: z.string(),
  })
  .meta({ id: 'ObservationProblem' });

export const observationImportReportSchema = z
  .object({
    status: z.enum(['imported', 'valid', 'invalid']).meta({ description: 'imported; valid (a dry run that found no problem; nothing written); invalid (nothing written).' }),
    dryRun: z.boolean(),
    importId: z.number().int().nullable(),
    file: z.string(),
    format: z.enum(['csv', 'xlsx']),
    sha256: z.string(),
    rows: z.number().int().meta({ description: 'Data rows read (blank rows are skipped).' }),
    inserted: z.number().int().meta({ description: 'Rows stored by this import (in a dry run: that would be stored).' }),
    alreadyPresent: z.number().int().meta({ description: 'Rows identical to stored ones (same key, release date and value), left as they are.' }),
    series: z.array(z.object({ code: z.string(), unit: z.string(), currency: z.string().nullable(), rows: z.number().int(), isNew: z.boolean() })),
    vintages: z.object({ count: z.number().int(), earliest: z.string().nullable(), latest: z.string().nullable() }).meta({ description: 'Distinct release dates in the file.' }),
    problemCount: z.number().int().meta({ description: 'Every problem found; only the first ones are listed.' }),
    problems: z.array(observationProblemSchema),
    timings: z.object({ validateMs: z.number(), writeMs: z.number() }),
  })
  .meta({ id: 'ObservationImportReport', description: 'What an import of official statistics found and did. All or nothing: when invalid, nothing was written.' });
export type ObservationImportReport = z.infer<typeof observationImportReportSchema>;

export const observationImportProblemSchema = problemSchema
  .extend({ report: observationImportReportSchema })
  .meta({ id: 'ObservationImportProblem', description: 'An import refused: `errors` lists the problems (row and column), `report` is the full report.' });

export const observationImportFormSchema = z.object({
  file: z.any().meta({ type: 'string', format: 'binary', description: 'The CSV (UTF-8) or XLSX file, in the long format of docs/observations-format.md.' }),
  dryRun: z.enum(['true', 'false']).optional().meta({ description: 'true: validate only, write nothing.' }),
});

export const observationImportSummarySchema = z
  .object({
    id: z.number().int(),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    sha256: z.string(),
    rows: z.number().int(),
    inserted: z.number().int(),
    skipped: z.number().int(),
    importedBy: z.number().int().nullable(),
    importedAt: z.string(),
  })
  .meta({ id: 'ObservationImport', description: 'A past import of official statistics.' });
export type ObservationImportSummary = z.infer<typeof observationImportSummarySchema>;
