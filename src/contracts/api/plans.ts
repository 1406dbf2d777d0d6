import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { sourceSchema } from './common';
import { organizationSchema } from './organizations';

export const planStatusSchema = z.enum(['draft', 'approved', 'in_force', 'completed', 'cancelled']);

export const areaSchema = z
  .object({
    number: z.number().int(),
    names: localizedTextSchema,
    isIllustrative: z.boolean(),
    measureCount: z.number().int(),
  })
  .meta({ id: 'Area', description: 'An area (direction) of a plan.' });
export type Area = z.infer<typeof areaSchema>;

export const planSummarySchema = z
  .object({
    code: z.string(),
    names: localizedTextSchema,
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    baseYear: z.number().int().nullable(),
    status: planStatusSchema,
    legalBasis: localizedTextSchema,
    owner: organizationSchema,
    sources: z.array(sourceSchema),
    areaCount: z.number().int(),
    measureCount: z.number().int(),
    illustrativeMeasureCount: z.number().int(),
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planDetailSchema = planSummarySchema.extend({ areas: z.array(areaSchema) }).meta({ id: 'Plan', description: 'A plan with its areas.' });
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const planCodeParamSchema = z.object({
  planCode: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'a plan code is letters, digits, "-" and "_"').meta({ example: 'MB-2024-2028' }),
});
