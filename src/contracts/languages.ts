// Languages and picking a text in one of them. Free of zod so that the web app can use it without
// bundling the validation library.

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in the languages we have it in (the shape `localizedTextSchema` validates). */
export type LocalizedTextValue = Partial<Record<Language, string>>;

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
export function pickLanguage(text: LocalizedTextValue | null | undefined, wanted: Language): PickedText | null {
  if (!text) return null;
  for (const language of FALLBACK_ORDER[wanted]) {
    const value = text[language];
    if (value) return { text: value, language, isFallback: language !== wanted };
  }
  return null;
}
