// The schedule pages' own dictionaries (i18n/{kk,ru,en}.json, keys under "schedules."), merged into
// the app's translations when i18next starts, and a t() typed against them. Kept beside the feature
// so that it changes without touching the shared or the workspace dictionaries.
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './i18n/en.json';
import kk from './i18n/kk.json';
import ru from './i18n/ru.json';

export const scheduleDictionaries = { kk, ru, en } as const;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type ScheduleTextKey = Leaves<typeof en>;
export type ScheduleT = (key: ScheduleTextKey, options?: Record<string, string | number>) => string;

function register(): void {
  for (const [language, dictionary] of Object.entries(scheduleDictionaries)) {
    i18next.addResourceBundle(language, 'translation', dictionary, true, false);
  }
}

if (i18next.isInitialized) register();
else i18next.on('initialized', register);

/** t() for the schedule pages' keys, with the shared dictionaries' t() beside it. */
export function useScheduleText(): { st: ScheduleT; t: ReturnType<typeof useTranslation>['t'] } {
  const { t } = useTranslation();
  return { st: t as unknown as ScheduleT, t };
}
