// i18next with the three bundled dictionaries; the URL decides the language (see LanguageScope).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';
import type { Language } from './languages';

export const dictionaries = { kk, ru, en } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export async function setupI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {
      kk: { translation: kk },
      ru: { translation: ru },
      en: { translation: en },
    },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
