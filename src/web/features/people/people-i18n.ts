// The people page's own dictionaries (i18n/{kk,ru,en}.json, keys under "people."), merged into the
// app's translations when i18next starts, and a t() typed against them. Kept beside the feature so
// that it changes without touching the shared or the workspace dictionaries.
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './i18n/en.json';
import kk from './i18n/kk.json';
import ru from './i18n/ru.json';

export const peopleDictionaries = { kk, ru, en } as const;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type PeopleTextKey = Leaves<typeof en>;
export type PeopleT = (key: PeopleTextKey, options?: Record<string, string | number>) => string;

function register(): void {
  for (const [language, dictionary] of Object.entries(peopleDictionaries)) {
    i18next.addResourceBundle(language, 'translation', dictionary, true, false);
  }
}

if (i18next.isInitialized) register();
else i18next.on('initialized', register);

/** t() for the people page's keys, with the shared dictionaries' t() beside it. */
export function usePeopleText(): { pt: PeopleT; t: ReturnType<typeof useTranslation>['t'] } {
  const { t } = useTranslation();
  return { pt: t as unknown as PeopleT, t };
}
