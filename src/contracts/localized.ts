import { z } from 'zod';

import { LANGUAGES } from './languages';

export { LANGUAGES, pickLanguage, type Language, type PickedText } from './languages';
export const languageSchema = z.enum(LANGUAGES);

/**
 * A text in the languages we have it in. An official name we lack in a language stays absent:
 * it is never machine-invented (DOMAIN.md section 6), and the UI shows another language, marked.
 */
export const localizedTextSchema = z
  .object({ kk: z.string().min(1).optional(), ru: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .strict()
  .refine((text) => Boolean(text.kk ?? text.ru ?? text.en), { message: 'needs the text in at least one language' })
  .meta({ id: 'LocalizedText', description: 'A text in Kazakh (kk), Russian (ru) and/or English (en); at least one is present.' });
export type LocalizedText = z.infer<typeof localizedTextSchema>;
