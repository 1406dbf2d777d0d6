import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { organizationKinds } from '../dataset';

export const organizationSchema = z
  .object({
    code: z.string(),
    kind: z.enum(organizationKinds),
    names: localizedTextSchema,
    shortNames: localizedTextSchema.nullable(),
  })
  .meta({ id: 'Organization', description: 'A ministry, agency, akimat, national company or association.' });
export type Organization = z.infer<typeof organizationSchema>;
