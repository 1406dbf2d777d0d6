// The shape of data/plans/<plan>/indicator-series.json: which statistical series each plan
// indicator is computed from, what the indicator measures (for the consistency checks), and the
// base year assumed where the plan publishes none.
import { z } from 'zod';
import { localizedTextSchema } from './localized';

export const indicatorRoles = ['nominal_gva', 'nominal_output', 'volume', 'productivity', 'employment', 'exports', 'investment', 'other'] as const;
export const seriesKinds = ['levels', 'annual_indices'] as const;

const seriesCode = z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, 'series codes are upper-case letters, digits and _, starting with a letter');

export const indicatorSeriesLinkSchema = z
  .object({
    code: z.string().min(1),
    role: z.enum(indicatorRoles),
    series: z
      .object({
        code: seriesCode,
        /** An aggregate such as MB, or an OKED group or division. */
        branch: z.string().min(1),
        /** KZ for the country, or a region's ISO 3166-2:KZ code. */
        region: z.string().min(1),
        kind: z.enum(seriesKinds),
        /** Annual values at current prices that weight sub-branches and regions in contributions. */
        weightSeries: seriesCode.optional(),
      })
      .strict()
      .nullable(),
  })
  .strict();

export const indicatorSeriesFileSchema = z
  .object({
    assumedBaseYear: z.object({ year: z.number().int().min(1990).max(2100), note: localizedTextSchema }).strict().nullable(),
    indicators: z.array(indicatorSeriesLinkSchema),
  })
  .strict();

export type IndicatorRoleName = (typeof indicatorRoles)[number];
export type SeriesKind = (typeof seriesKinds)[number];
export type IndicatorSeriesLink = z.infer<typeof indicatorSeriesLinkSchema>;
export type IndicatorSeriesFile = z.infer<typeof indicatorSeriesFileSchema>;
