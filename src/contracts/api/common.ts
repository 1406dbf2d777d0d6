// Shapes every endpoint shares: list envelopes, paging and problem details (RFC 9457).
import { z } from 'zod';

export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI reference that identifies the problem type.' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().meta({ description: 'What went wrong, in words a person understands.' }),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          location: z.string(),
          message: z.string(),
          code: z.string().optional().meta({ description: 'Why, as a code pages word in the reader\'s language (a bulk accept: stale, conflict, forbidden, not_found, version_required).' }),
        }),
      )
      .optional()
      .meta({ description: 'For validation problems each invalid field and why; for a bulk accept each report that cannot be accepted.' }),
  })
  .meta({ id: 'Problem', description: 'An error, as application/problem+json (RFC 9457).' });
export type Problem = z.infer<typeof problemSchema>;

export const pagingQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).meta({ description: 'Items per page, 1-500.' }),
  offset: z.coerce.number().int().min(0).default(0).meta({ description: 'Items to skip.' }),
});

export function listSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
    .meta({ id, description: 'A page of items with the total count.' });
}

export interface ListEnvelope<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export const sourceSchema = z
  .object({ url: z.string(), title: z.string().optional(), note: z.string().optional() })
  .meta({ id: 'Source', description: 'Where a public fact comes from.' });
