import { z } from 'zod';
import { localizedTextSchema } from '../localized';

export const branchScopeSchema = z.enum(['core', 'extended']);

export const branchGroupSchema = z
  .object({
    code: z.string().meta({ example: '29.1' }),
    division: z.string(),
    names: localizedTextSchema,
    scope: branchScopeSchema,
    scopeNote: z.string().nullable(),
    isInMachineBuilding: z.boolean().meta({ description: 'Whether the configured machine-building scope includes this group.' }),
  })
  .meta({ id: 'BranchGroup', description: 'A three-digit OKED group of machine building.' });
export type BranchGroup = z.infer<typeof branchGroupSchema>;

export const branchListQuerySchema = z.object({
  scope: branchScopeSchema.optional().meta({ description: 'Only groups of this scope.' }),
});

export const regionSchema = z
  .object({ code: z.string(), kind: z.enum(['region', 'city']), names: localizedTextSchema, adminCentre: z.string().nullable() })
  .meta({ id: 'Region', description: 'An oblast or a city of republican significance (boundaries since 2022).' });
export type Region = z.infer<typeof regionSchema>;

export const publishedFigureSchema = z
  .object({
    label: z.string(),
    unit: z.string(),
    period: z.string(),
    valueText: z.string().meta({ description: 'The value as published, e.g. ">3000" or "7-8".' }),
    value: z.number().nullable(),
    qualifier: z.enum(['exact', 'more_than', 'about', 'range']).nullable(),
    sourceUrl: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'PublishedFigure', description: 'A figure from an official statement or release, kept as published, with its source.' });
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
