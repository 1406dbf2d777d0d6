// A plan's measures by how their deadlines are scheduled: the coordinator's work list of measures
// the parser could not read (needs_manual), those scheduled by hand (manual) and those read by the
// parser (parsed).
import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { timestampSchema } from './obligations';
import { organizationSchema } from './organizations';

/** needs_manual first: the order of the work list. */
export const SCHEDULE_STATUSES = ['needs_manual', 'manual', 'parsed'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export const scheduleStatusSchema = z.enum(SCHEDULE_STATUSES).meta({
  id: 'ScheduleStatus',
  description: 'needs_manual: the deadline text was not understood and the measure has no obligations until a coordinator sets them; manual: set by hand; parsed: read by the parser.',
});

export const planSchedulesQuerySchema = z.object({
  status: scheduleStatusSchema.optional().meta({ description: 'Only measures scheduled this way; all of them when left out.' }),
});

export const planScheduleItemSchema = z
  .object({
    measureId: z.number().int(),
    planCode: z.string(),
    number: z.number().int().meta({ description: 'The measure number in the plan.' }),
    names: localizedTextSchema,
    deadlineText: z.string().meta({ description: 'The deadline exactly as the plan writes it now.' }),
    deadlineLanguage: z.enum(['kk', 'ru', 'en']),
    leadExecutor: organizationSchema.nullable(),
    status: scheduleStatusSchema,
    reason: z.string().nullable().meta({ description: 'needs_manual: why the parser refused the text (as-needed, ambiguous, unknown-words, conflicting, several-deadlines, incomplete, invalid-date, empty).' }),
    message: z.string().nullable().meta({ description: "needs_manual: the parser's explanation, in English." }),
    manualNote: z.string().nullable().meta({ description: 'manual: the note the coordinator gave.' }),
    obligationCount: z.number().int().meta({ description: 'Obligations the schedule yields now (cancelled ones left out).' }),
    version: z.number().int().meta({ description: 'The schedule version: send it as If-Match to POST /api/v1/measures/{id}/schedule.' }),
    updatedAt: timestampSchema,
  })
  .meta({ id: 'PlanScheduleItem', description: "One measure of the plan with how its deadline is scheduled." });
export type PlanScheduleItem = z.infer<typeof planScheduleItemSchema>;

export const planSchedulesSchema = z
  .object({
    planCode: z.string(),
    counts: z.record(scheduleStatusSchema, z.number().int()).meta({ description: "The plan's measures in each status, whatever the filter; every status is present." }),
    items: z.array(planScheduleItemSchema).meta({ description: 'needs_manual first, then manual, then parsed; by measure number within each.' }),
    total: z.number().int().meta({ description: 'The number of items.' }),
  })
  .meta({
    id: 'PlanSchedules',
    description:
      "A plan's measures by how their deadlines are scheduled. Measures appear once their obligations have been generated (at the server's start, daily, or by `zhospar obligations refresh`).",
  });
export type PlanSchedules = z.infer<typeof planSchedulesSchema>;
