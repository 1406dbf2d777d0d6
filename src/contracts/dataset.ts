// The shape of the default dataset files under data/ (and of any plan loaded the same way).
// `zhospar db seed` validates every file against these schemas before writing anything.
import { z } from 'zod';
import { localizedTextSchema } from './localized';

const code = z.string().regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'codes are upper-case Latin letters, digits, "-" and "_"');

export const organizationKinds = [
  'government',
  'ministry',
  'agency',
  'akimat',
  'national_company',
  'development_institution',
  'association',
  'other',
] as const;

export const datasetOrganizationSchema = z
  .object({
    code,
    kind: z.enum(organizationKinds),
    names: localizedTextSchema,
    /** Short names as official plans write them, e.g. { ru: "МПС" }. */
    shortNames: localizedTextSchema.optional(),
    /** A single "akimats of regions" entry stands for the 20 akimats where a plan names them jointly. */
    note: z.string().optional(),
  })
  .strict();

export const financingSources = ['republican_budget', 'local_budget', 'national_fund', 'own_funds', 'investor_funds', 'other', 'not_required'] as const;

export const datasetCostSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** Estimated cost in million tenge; null where the plan writes "within allocated funds". */
    amountMillionKzt: z.number().nonnegative().nullable(),
    source: z.enum(financingSources),
  })
  .strict();

export const datasetMeasureSchema = z
  .object({
    number: z.number().int().positive(),
    area: z.number().int().positive(),
    names: localizedTextSchema,
    completionForm: localizedTextSchema,
    /** The deadline exactly as the plan writes it, in the plan's language. */
    deadlineText: z.string().min(1),
    deadlineLanguage: z.enum(['kk', 'ru', 'en']),
    leadExecutor: code,
    coExecutors: z.array(code),
    costs: z.array(datasetCostSchema),
    expectedResult: localizedTextSchema,
    /** Codes of the plan indicators this measure serves. */
    indicators: z.array(code),
    isIllustrative: z.boolean(),
  })
  .strict();

export const datasetSourceSchema = z
  .object({ url: z.string().url(), title: z.string().optional(), note: z.string().optional() })
  .strict();

export const priceBases = ['current_prices', 'constant_prices', 'volume_index', 'physical_units', 'not_applicable', 'not_stated'] as const;

export const datasetIndicatorSchema = z
  .object({
    code,
    names: localizedTextSchema,
    unit: localizedTextSchema,
    priceBasis: z.enum(priceBases),
    /** Year of constant prices where priceBasis is constant_prices. */
    priceBaseYear: z.number().int().nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
    frequency: z.enum(['annual', 'quarterly', 'monthly']),
    direction: z.enum(['increase', 'decrease']),
    baseYear: z.number().int().nullable(),
    baseValue: z.number().nullable(),
    targetMultiple: z.number().positive().nullable(),
    targetYear: z.number().int().nullable(),
    intermediateTargets: z.array(z.object({ year: z.number().int(), multiple: z.number().positive() }).strict()),
    sources: z.array(datasetSourceSchema).min(1),
    /** Which of this record's fields are assumptions rather than public fact, e.g. ["baseYear"]. */
    illustrativeFields: z.array(z.string()),
    note: localizedTextSchema.optional(),
  })
  .strict();

export const datasetAreaSchema = z
  .object({ number: z.number().int().positive(), names: localizedTextSchema, isIllustrative: z.boolean() })
  .strict();

export const datasetPlanSchema = z
  .object({
    code,
    names: localizedTextSchema,
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    baseYear: z.number().int().nullable(),
    status: z.enum(['draft', 'approved', 'in_force', 'completed', 'cancelled']),
    legalBasis: localizedTextSchema,
    owner: code,
    sources: z.array(datasetSourceSchema).min(1),
    areas: z.array(datasetAreaSchema).min(1),
  })
  .strict();

export type DatasetOrganization = z.infer<typeof datasetOrganizationSchema>;
export type DatasetMeasure = z.infer<typeof datasetMeasureSchema>;
export type DatasetIndicator = z.infer<typeof datasetIndicatorSchema>;
export type DatasetPlan = z.infer<typeof datasetPlanSchema>;
