// The indicator pages' own dictionaries (i18n/{kk,ru,en}.json, keys under "indicators."), merged
// into the app's translations when i18next starts, and a t() typed against them. Kept beside the
// feature so that it is added and changed without touching the shared dictionaries.
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './i18n/en.json';
import kk from './i18n/kk.json';
import ru from './i18n/ru.json';

export const indicatorDictionaries = { kk, ru, en } as const;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type IndicatorTextKey = Leaves<typeof en>;
export type IndicatorT = (key: IndicatorTextKey, options?: Record<string, string | number>) => string;

function register(): void {
  for (const [language, dictionary] of Object.entries(indicatorDictionaries)) {
    // Deep merge: the shared dictionaries' own "indicators." keys stay.
    i18next.addResourceBundle(language, 'translation', dictionary, true, false);
  }
}

if (i18next.isInitialized) register();
else i18next.on('initialized', register);

/** t() for the indicator pages' keys, with the shared dictionaries' t() beside it. */
export function useIndicatorText(): { it: IndicatorT } {
  const { t } = useTranslation();
  return { it: t as unknown as IndicatorT };
}
