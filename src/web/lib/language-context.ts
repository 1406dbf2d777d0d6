// The current language comes from the URL (/:lang/...); LanguageScope provides it to every page.
import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

export const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
