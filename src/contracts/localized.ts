import { z } from 'zod';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
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

export interface PickedText {
  text: string;
  /** The language the text is in. */
  language: Language;
  /** True when the text is not in the requested language (the UI marks it). */
  isFallback: boolean;
}

/** Order in which other languages stand in for a missing one. */
const FALLBACK_ORDER: Record<Language, Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/** Picks the text in the wanted language, or in the first language that has it. */
export function pickLanguage(text: LocalizedText | null | undefined, wanted: Language): PickedText | null {
  if (!text) return null;
  for (const language of FALLBACK_ORDER[wanted]) {
    const value = text[language];
    if (value) return { text: value, language, isFallback: language !== wanted };
  }
  return null;
}
