// The signed-in pages' own dictionaries (i18n/{kk,ru,en}.json, keys under "auth.", "workspace.",
// "reports.", "review." and "audit."), merged into the app's translations when i18next starts, and
// a t() typed against them. Kept beside the features so that they change without touching the
// shared dictionaries that other features edit.
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import en from './i18n/en.json';
import kk from './i18n/kk.json';
import ru from './i18n/ru.json';

export const workspaceDictionaries = { kk, ru, en } as const;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type WorkspaceTextKey = Leaves<typeof en>;
export type WorkspaceT = (key: WorkspaceTextKey, options?: Record<string, string | number>) => string;

function register(): void {
  for (const [language, dictionary] of Object.entries(workspaceDictionaries)) {
    i18next.addResourceBundle(language, 'translation', dictionary, true, false);
  }
}

if (i18next.isInitialized) register();
else i18next.on('initialized', register);

/** t() for the signed-in pages' keys, with the shared dictionaries' t() beside it. */
export function useWorkspaceText(): { wt: WorkspaceT; t: ReturnType<typeof useTranslation>['t'] } {
  const { t } = useTranslation();
  return { wt: t as unknown as WorkspaceT, t };
}
