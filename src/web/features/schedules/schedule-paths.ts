// Addresses of the coordinator's schedule pages, under the review workspace.
import type { Language } from '../../i18n/languages';

export const schedulePaths = {
  list: (lang: Language) => `/${lang}/review/schedules`,
  measure: (lang: Language, measureId: number) => `/${lang}/review/schedules/${measureId}`,
};
