// Every in-app address in one place, so pages and later features link the same way.
import type { Language } from '../i18n/languages';

const code = encodeURIComponent;

export const paths = {
  home: (lang: Language) => `/${lang}`,
  plan: (lang: Language, planCode: string) => `/${lang}/plans/${code(planCode)}`,
  planSection: (lang: Language, planCode: string, sectionId: string) => `/${lang}/plans/${code(planCode)}#${sectionId}`,
  area: (lang: Language, planCode: string, areaNumber: number) => `/${lang}/plans/${code(planCode)}/areas/${areaNumber}`,
  planMeasures: (lang: Language, planCode: string) => `/${lang}/plans/${code(planCode)}/measures`,
  measure: (lang: Language, id: number) => `/${lang}/measures/${id}`,
  indicatorAnchor: (indicatorCode: string) => `indicator-${indicatorCode}`,
};

/** The same address in another language: swaps the first path segment. */
export function switchLanguagePath(pathname: string, language: Language): string {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return `/${language}${rest}`;
}
