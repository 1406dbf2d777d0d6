// The working-day calendar: holidays and transferred days that move due dates.
import { z } from 'zod';
import { isoDateSchema, timestampSchema } from './obligations';

const dayKindSchema = z
  .enum(['public-holiday', 'religious-day-off', 'substitute-day-off', 'transferred-day-off', 'working-day'])
  .meta({ id: 'CalendarDayKind', description: 'working-day: a Saturday or Sunday made working; the others are days off.' });

export const calendarDaySchema = z
  .object({
    date: isoDateSchema,
    kind: dayKindSchema,
    status: z.enum(['statutory', 'announced', 'projected']),
    names: z.object({ en: z.string(), ru: z.string(), kk: z.string().optional() }),
    note: z.string().nullable(),
    version: z.number().int(),
    updatedAt: timestampSchema,
  })
  .meta({ id: 'CalendarDay', description: 'A day that differs from the Monday-Friday week.' });

export const calendarDayParamSchema = z.object({ date: isoDateSchema.meta({ param: { name: 'date', in: 'path' } }) });

export const calendarListQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const putCalendarDayRequestSchema = z
  .object({
    kind: dayKindSchema,
    status: z.enum(['statutory', 'announced', 'projected']).default('announced'),
    names: z.object({ en: z.string().trim().min(1).max(200), ru: z.string().trim().min(1).max(200), kk: z.string().trim().min(1).max(200).optional() }),
    note: z.string().trim().max(2000).optional(),
    version: z.number().int().positive().optional(),
  })
  .meta({ id: 'PutCalendarDayRequest' });

export const calendarChangeSchema = z
  .object({
    day: calendarDaySchema.nullable(),
    rescheduledObligations: z.number().int().meta({ description: 'Open obligations whose due date moved.' }),
    warnings: z.array(z.string()).meta({ description: "Where the calendar now breaks the law's weekend rule (e.g. a missing substitute day off)." }),
  })
  .meta({ id: 'CalendarChange' });
