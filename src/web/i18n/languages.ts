// The UI languages, how the app picks one, and how it remembers the choice.
import { LANGUAGES, type Language } from '../../contracts/languages';

export { LANGUAGES, type Language };

export const DEFAULT_LANGUAGE: Language = 'ru';

const STORAGE_KEY = 'zhospar.language';

/** Each language's name in itself: the switcher shows these whatever the current language. */
export const LANGUAGE_SELF_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Locales for number and date formatting. */
export const LANGUAGE_LOCALES: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The saved choice, else the browser's first supported language, else Russian. */
export function preferredLanguage(): Language {
  const saved = readSaved();
  if (saved) return saved;
  const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled (private mode, policies): the URL still carries the language.
  }
}

function readSaved(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}
