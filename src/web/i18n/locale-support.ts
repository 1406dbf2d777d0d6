// Some browsers (and the Chromium the tests drive) carry no Kazakh locale data, and Intl would fall
// back to English on a Kazakh page. Numbers then follow the Russian conventions, which Kazakhstan
// shares (space grouping, decimal comma); dates and the few words Intl supplies are written out
// by the callers in the form ICU uses for Kazakh.
import { LANGUAGE_LOCALES, type Language } from './languages';

let kazakhSupported: boolean | null = null;

/** Whether this browser's Intl has Kazakh data. */
export function hasKazakhLocale(): boolean {
  kazakhSupported ??= Intl.NumberFormat.supportedLocalesOf(['kk']).length > 0 && Intl.DateTimeFormat.supportedLocalesOf(['kk']).length > 0;
  return kazakhSupported;
}

/** True when Kazakh text must be written out by hand because Intl cannot. */
export function needsKazakhFallback(language: Language): boolean {
  return language === 'kk' && !hasKazakhLocale();
}

/** The locale to format numbers with in this language on this browser. */
export function numberLocale(language: Language): string {
  return needsKazakhFallback(language) ? LANGUAGE_LOCALES.ru : LANGUAGE_LOCALES[language];
}
