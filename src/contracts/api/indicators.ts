import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { priceBases } from '../dataset';
import { sourceSchema } from './common';

export const indicatorSchema = z
  .object({
    code: z.string(),
    names: localizedTextSchema,
    unit: localizedTextSchema,
    priceBasis: z.enum(priceBases),
    priceBaseYear: z.number().int().nullable(),
    currency: z.string().nullable(),
    frequency: z.enum(['annual', 'quarterly', 'monthly']),
    direction: z.enum(['increase', 'decrease']),
    baseYear: z.number().int().nullable(),
    baseValue: z.number().nullable(),
    targetMultiple: z.number().nullable(),
    targetYear: z.number().int().nullable(),
    intermediateTargets: z.array(z.object({ year: z.number().int(), multiple: z.number() })),
    requiredAnnualRate: z
      .number()
      .nullable()
      .meta({ description: 'Growth a year needed from the base year to reach the target, as a fraction (0.119 = 11.9%); null without a base year.' }),
    sources: z.array(sourceSchema),
    illustrativeFields: z.array(z.string()).meta({ description: 'Fields that are assumptions rather than public fact.' }),
    note: localizedTextSchema.nullable(),
  })
  .meta({ id: 'Indicator', description: 'A target indicator of a plan.' });
export type Indicator = z.infer<typeof indicatorSchema>;
