import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { financingSources } from '../dataset';
import { pagingQuerySchema } from './common';
import { organizationSchema } from './organizations';

export const measureCostSchema = z
  .object({ year: z.number().int(), source: z.enum(financingSources), amountMillionKzt: z.number().nullable() })
  .meta({ id: 'MeasureCost', description: 'Estimated cost of a measure in one year from one source, million tenge; null amount: "within allocated funds".' });

export const measureSummarySchema = z
  .object({
    id: z.number().int(),
    planCode: z.string(),
    number: z.number().int(),
    areaNumber: z.number().int(),
    names: localizedTextSchema,
    completionForm: localizedTextSchema,
    deadlineText: z.string().meta({ description: 'The deadline exactly as the plan writes it.' }),
    deadlineLanguage: z.enum(['kk', 'ru', 'en']).meta({ description: 'The language the deadline is written in.' }),
    leadExecutor: organizationSchema,
    coExecutors: z.array(organizationSchema),
    totalCostMillionKzt: z.number().nullable(),
    isIllustrative: z.boolean(),
  })
  .meta({ id: 'MeasureSummary' });
export type MeasureSummary = z.infer<typeof measureSummarySchema>;

export const measureDetailSchema = measureSummarySchema
  .extend({
    area: z.object({ number: z.number().int(), names: localizedTextSchema, isIllustrative: z.boolean() }),
    expectedResult: localizedTextSchema,
    costs: z.array(measureCostSchema),
    indicators: z.array(z.object({ code: z.string(), names: localizedTextSchema })),
    version: z.number().int(),
  })
  .meta({ id: 'Measure', description: 'A measure (мероприятие) of a plan with every field.' });
export type MeasureDetail = z.infer<typeof measureDetailSchema>;

export const measureListQuerySchema = pagingQuerySchema.extend({
  area: z.coerce.number().int().min(1).optional().meta({ description: 'Area number.' }),
  executor: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/)
    .optional()
    .meta({ description: 'Organisation code: measures where it is the lead or a co-executor.' }),
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Text to find in names, completion form, deadline and expected result, in any language.' }),
});

export const measureIdParamSchema = z.object({
  id: z.coerce.number().int().positive().max(2 ** 53 - 1).meta({ description: 'Measure id.', example: 1 }),
});
