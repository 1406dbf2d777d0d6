// Input-output tables and what the API computes from them (docs/input-output.md). Numbers are sent
// at full precision; pages round them for display only.
import { z } from 'zod';

export const ioTableCodeSchema = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9_-]{0,63}$/, 'a table code is upper-case letters, digits, "-" and "_", at most 64 characters')
  .meta({ example: 'MILLER-BLAIR-2X2' });

export const ioTableCodeParamSchema = z.object({ code: ioTableCodeSchema });

export const ioTableKinds = ['official', 'textbook_example', 'other'] as const;
export const ioTableKindSchema = z.enum(ioTableKinds).meta({
  id: 'IoTableKind',
  description: "'official': published by a statistics office; 'textbook_example': a published teaching example; 'other': research or own estimates.",
});
export type IoTableKind = z.infer<typeof ioTableKindSchema>;

/** Columns of the table file (docs/input-output.md) that a table may mark as assumed, not published. */
export const ioTableColumns = ['flows', 'household_consumption', 'other_final_demand', 'total_output', 'gva', 'compensation', 'employment'] as const;
export const ioTableColumnSchema = z.enum(ioTableColumns).meta({ id: 'IoTableColumn' });
export type IoTableColumn = z.infer<typeof ioTableColumnSchema>;

export const ioTableSummarySchema = z
  .object({
    code: ioTableCodeSchema,
    name: z.string(),
    year: z.number().int().nullable(),
    kind: ioTableKindSchema,
    country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2 code of the economy; null for a textbook example. 'KZ' is Kazakhstan." }),
    source: z.object({ citation: z.string(), url: z.string().nullable() }),
    versionLabel: z.string().nullable(),
    isIllustrative: z.boolean().meta({ description: 'True when some columns are assumptions, not published data.' }),
    illustrativeColumns: z.array(ioTableColumnSchema),
    illustrativeNote: z.string().nullable(),
    moneyUnit: z.string().nullable(),
    employmentUnit: z.string().nullable(),
    machineBuildingCodes: z
      .array(z.string())
      .meta({ description: 'The products counted as machine building in this table (a choice, DOMAIN.md section 6); empty when it has none.' }),
    balanceTolerance: z.number(),
    productCount: z.number().int(),
    createdAt: z.string().meta({ description: 'ISO 8601 date and time of the import.' }),
  })
  .meta({ id: 'IoTableSummary', description: 'An input-output table: what it is, where it comes from, how far it is published data.' });
export type IoTableSummary = z.infer<typeof ioTableSummarySchema>;

export const ioTableProductSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    totalOutput: z.number(),
    householdConsumption: z.number(),
    otherFinalDemand: z.number(),
    gva: z.number(),
    compensation: z.number(),
    employment: z.number(),
  })
  .meta({ id: 'IoTableProduct' });
export type IoTableProduct = z.infer<typeof ioTableProductSchema>;

export const ioTableDetailSchema = ioTableSummarySchema
  .extend({ products: z.array(ioTableProductSchema) })
  .meta({ id: 'IoTable', description: 'An input-output table with its products (the flows are in the file it was imported from).' });
export type IoTableDetail = z.infer<typeof ioTableDetailSchema>;

/** Multipliers whose value rests on an assumed column; the page marks them. */
export const multiplierFields = [
  'outputMultiplier',
  'gvaMultiplier',
  'employmentMultiplier',
  'employmentTypeI',
  'employmentTypeII',
  'incomeTypeI',
  'incomeTypeII',
] as const;
export type MultiplierField = (typeof multiplierFields)[number];

export const productMultipliersSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    outputMultiplier: z.number().meta({ description: 'Output of all products per unit of final demand.' }),
    gvaMultiplier: z.number().meta({ description: 'GVA per unit of final demand.' }),
    employmentMultiplier: z.number().meta({ description: 'Jobs per unit of final demand (employment unit per money unit).' }),
    employmentTypeI: z.number().nullable().meta({ description: 'Direct and indirect jobs per direct job; null without employment.' }),
    employmentTypeII: z.number().nullable().meta({ description: 'Direct, indirect and induced jobs per direct job.' }),
    incomeTypeI: z.number().nullable(),
    incomeTypeII: z.number().nullable(),
    employmentCoefficient: z.number(),
    incomeCoefficient: z.number(),
    incomeMultiplier: z.number(),
  })
  .meta({ id: 'ProductMultipliers' });
export type ProductMultipliers = z.infer<typeof productMultipliersSchema>;

export const ioMultipliersSchema = z
  .object({
    tableCode: z.string(),
    products: z.array(productMultipliersSchema),
    illustrativeFields: z.array(z.enum(multiplierFields)).meta({ description: 'Multipliers computed from assumed columns.' }),
  })
  .meta({ id: 'IoMultipliers' });
export type IoMultipliers = z.infer<typeof ioMultipliersSchema>;

const finiteAmount = z.number().refine((value) => Number.isFinite(value) && Math.abs(value) <= 1e15, 'must be a finite number of at most 1e15');
const productCodeSchema = z.string().trim().min(1).max(64);

export const ioImpactRequestSchema = z
  .object({
    product: productCodeSchema.optional().meta({ description: 'One product receives the amount.' }),
    group: z.array(productCodeSchema).min(1).max(500).optional().meta({ description: 'Several products share it by the mix.' }),
    mix: z
      .record(z.string(), z.number().min(0))
      .optional()
      .meta({ description: "Shares by product code for a group (normalised to sum to 1); default: the group's shares of final demand in the table." }),
    finalDemand: finiteAmount.optional().meta({ description: "Final demand, in the table's money unit." }),
    jobs: finiteAmount.optional().meta({ description: "Direct jobs, in the table's employment unit (converted as jobs / e(j))." }),
  })
  .superRefine((request, ctx) => {
    if ((request.product === undefined) === (request.group === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['product'], message: 'give either "product" or "group"' });
    }
    if ((request.finalDemand === undefined) === (request.jobs === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['finalDemand'], message: 'give either "finalDemand" or "jobs"' });
    }
    if (request.mix !== undefined && request.group === undefined) {
      ctx.addIssue({ code: 'custom', path: ['mix'], message: '"mix" applies to a "group" only' });
    }
  })
  .meta({
    id: 'IoImpactRequest',
    description: 'A product or a group, and an amount of final demand or of direct jobs.',
    example: { product: '1', finalDemand: 600 },
  });
export type IoImpactRequest = z.infer<typeof ioImpactRequestSchema>;

export const effectSplitSchema = z
  .object({
    direct: z.number(),
    indirect: z.number(),
    induced: z.number(),
    typeI: z.number().meta({ description: 'direct + indirect' }),
    total: z.number().meta({ description: 'direct + indirect + induced' }),
  })
  .meta({ id: 'EffectSplit' });
export type EffectSplit = z.infer<typeof effectSplitSchema>;

export const impactMeasures = ['output', 'gva', 'income', 'jobs'] as const;
export type ImpactMeasure = (typeof impactMeasures)[number];

const mixSchema = z.array(z.object({ code: z.string(), share: z.number() }));

export const ioImpactReportSchema = z
  .object({
    tableCode: z.string(),
    target: z.object({ kind: z.enum(['product', 'group']), mix: mixSchema, mixSource: z.enum(['table', 'given']) }),
    amount: z.object({ kind: z.enum(['finalDemand', 'jobs']), value: z.number() }),
    finalDemandTotal: z.number(),
    jobsPerDirectJob: z.object({ typeI: z.number().nullable(), typeII: z.number().nullable() }),
    products: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        finalDemandChange: z.number(),
        output: effectSplitSchema,
        gva: effectSplitSchema,
        income: effectSplitSchema,
        jobs: effectSplitSchema,
      }),
    ),
    totals: z.object({ output: effectSplitSchema, gva: effectSplitSchema, income: effectSplitSchema, jobs: effectSplitSchema }),
    illustrativeFields: z
      .array(z.enum([...impactMeasures, 'induced']))
      .meta({ description: "Measures computed from assumed columns; 'induced' when the household closure is." }),
  })
  .meta({ id: 'ImpactReport', description: 'Output, GVA, labour income and jobs by product, split into direct, indirect and induced.' });
export type IoImpactReport = z.infer<typeof ioImpactReportSchema>;

export const claimCheckQuerySchema = z.object({
  group: z
    .string()
    .optional()
    .meta({ description: "Comma-separated product codes; default: the table's machine-building products.", example: '25,26,27,28,29,30,33' }),
  mix: z.string().optional().meta({ description: 'The group\'s final-demand mix as CODE=SHARE,...; default: its shares of final demand in the table.' }),
});

const claimBasisResultSchema = z.object({
  basis: z.enum(['typeI', 'typeII']),
  ratio: z.number().meta({ description: 'Total jobs per direct job.' }),
  jobsElsewherePerDirectJob: z.number(),
  outsideGroupPerDirectJob: z.number(),
  comparison: z.enum(['below', 'within', 'above']),
});

export const claimVerdictSchema = z
  .object({
    tableCode: z.string(),
    holds: z.boolean(),
    basis: z.enum(['typeI', 'typeII']),
    ratio: z.number(),
    jobsElsewherePerDirectJob: z.number(),
    claimedRange: z.tuple([z.number(), z.number()]),
    claimedRatioRange: z.tuple([z.number(), z.number()]),
    typeI: claimBasisResultSchema,
    typeII: claimBasisResultSchema,
    group: z.object({ label: z.string(), mix: mixSchema, mixSource: z.enum(['table', 'given']) }),
    groupIsMachineBuilding: z.boolean().meta({ description: "True when the group is the table's machine-building products." }),
    isKazakhstanTable: z.boolean(),
    isIllustrative: z.boolean().meta({ description: 'True when employment or the household closure rests on assumed columns.' }),
    sentence: z.string().meta({ description: 'English; pages build their own sentence from the fields.' }),
  })
  .meta({ id: 'ClaimVerdict', description: 'Whether "one job creates 8-10 jobs in related industries" (a jobs ratio of 9-11) holds on the table.' });
export type ClaimVerdictResponse = z.infer<typeof claimVerdictSchema>;

export const ioTableUploadSchema = z
  .object({
    file: z.file().meta({ type: 'string', format: 'binary', description: 'The table as CSV (UTF-8, comma-separated) or XLSX (first worksheet).' }),
    code: ioTableCodeSchema,
    name: z.string().trim().min(1).max(300),
    year: z.coerce.number().int().min(1900).max(2100),
    source: z.string().trim().min(1).max(2000).meta({ description: 'Publication, table name, download date.' }),
    sourceUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
    versionLabel: z.string().trim().max(200).optional(),
    kind: ioTableKindSchema.default('other'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as KZ')
      .optional()
      .meta({ description: 'The economy the table describes, e.g. KZ; leave out for an example.' }),
    moneyUnit: z.string().trim().max(100).optional(),
    employmentUnit: z.string().trim().max(100).optional(),
    machineBuilding: z
      .string()
      .max(2000)
      .optional()
      .meta({ description: 'Comma-separated codes of the machine-building products; default: the products coded 25-30 and 33 (OKED divisions).' }),
    tolerance: z.coerce.number().min(0).max(0.1).optional().meta({ description: 'Relative tolerance of the row balance; default 1e-6.' }),
    illustrativeNote: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .meta({ description: 'Marks the whole table as illustrative (not published data), saying why.' }),
  })
  .meta({ id: 'IoTableUpload' });
export type IoTableUpload = z.infer<typeof ioTableUploadSchema>;

/** data/io/<table>.json: a shipped table's metadata, next to its CSV (see data/io/README.md). */
export const ioTableMetadataFileSchema = z
  .object({
    code: ioTableCodeSchema,
    file: z.string().regex(/^[\w.-]+\.csv$/, 'a CSV file name in the same folder'),
    name: z.string().min(1),
    year: z.number().int().min(1900).max(2100).nullable(),
    kind: ioTableKindSchema,
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    source: z.object({ citation: z.string().min(1), url: z.url().nullable() }),
    versionLabel: z.string().nullable(),
    illustrativeColumns: z.array(ioTableColumnSchema),
    illustrativeNote: z.string().nullable(),
    moneyUnit: z.string().nullable(),
    employmentUnit: z.string().nullable(),
    machineBuildingCodes: z.array(z.string()),
  })
  .strict()
  .refine((meta) => meta.illustrativeColumns.length === 0 || meta.illustrativeNote !== null, {
    message: 'a table with illustrative columns needs an illustrativeNote saying what is assumed',
  });
export type IoTableMetadataFile = z.infer<typeof ioTableMetadataFileSchema>;
