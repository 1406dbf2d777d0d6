// A plan's obligations summed up for the coordinator's dashboards: how many are in each status (by
// area, by lead executor, in all), and every lead executor's reporting performance, each in one
// answer.
import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { isoDateSchema, obligationStatusSchema, performanceSchema } from './obligations';
import { organizationSchema } from './organizations';

export const statusCountsSchema = z
  .record(obligationStatusSchema, z.number().int())
  .meta({ id: 'ObligationStatusCounts', description: 'How many obligations are in each status; every status is present, 0 when none.' });

const countedSchema = {
  counts: statusCountsSchema,
  total: z.number().int().meta({ description: 'All obligations of the group: the sum of counts.' }),
};

export const planObligationStatusSchema = z
  .object({
    planCode: z.string(),
    asOf: isoDateSchema.meta({ description: "Today in Kazakhstan. Statuses are the stored ones, kept current by every report change and the daily refresh." }),
    total: z.object(countedSchema).meta({ description: 'Every obligation of the plan.' }),
    byArea: z
      .array(z.object({ area: z.object({ number: z.number().int(), names: localizedTextSchema }), ...countedSchema }))
      .meta({ description: 'Every area of the plan in number order, also those with no obligations (all counts 0).' }),
    byLeadExecutor: z
      .array(z.object({ organization: organizationSchema, ...countedSchema }))
      .meta({ description: 'Each organisation leading at least one obligation of the plan, most obligations first, then by code.' }),
  })
  .meta({
    id: 'PlanObligationStatus',
    description:
      "How many of a plan's obligations are in each status. The same obligations and statuses as GET /api/v1/obligations?plan=...: internal readers count internal statuses; everyone else public ones, except on measures their organisation executes. Cancelled obligations are counted as cancelled.",
  });
export type PlanObligationStatus = z.infer<typeof planObligationStatusSchema>;

export const planPerformanceQuerySchema = z.object({
  asOf: isoDateSchema.optional().meta({ description: 'The day to compute for; today in Kazakhstan by default.' }),
});

export const planPerformanceListSchema = z
  .object({
    items: z.array(performanceSchema),
    total: z.number().int(),
    limit: z.number().int().meta({ description: 'Equal to total: every organisation is in this one answer.' }),
    offset: z.number().int().meta({ description: 'Always 0.' }),
  })
  .meta({
    id: 'PlanPerformanceList',
    description:
      'The performance of every organisation leading an obligation of the plan, in code order: for each, exactly what GET /api/v1/organizations/{code}/performance?plan=... answers. Internal readers get every organisation; anyone else only their own, when it leads an obligation of the plan.',
  });
export type PlanPerformanceList = z.infer<typeof planPerformanceListSchema>;
