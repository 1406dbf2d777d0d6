// Addresses of the indicator pages; ?asOf=YYYY-MM-DD shows the data as known on that date.
import type { Language } from '../../i18n/languages';

const code = encodeURIComponent;
const withAsOf = (path: string, asOf: string | null | undefined) => (asOf ? `${path}?asOf=${code(asOf)}` : path);

export const indicatorPaths = {
  list: (lang: Language, planCode: string, asOf?: string | null) => withAsOf(`/${lang}/plans/${code(planCode)}/indicators`, asOf),
  indicator: (lang: Language, planCode: string, indicatorCode: string, asOf?: string | null) =>
    withAsOf(`/${lang}/plans/${code(planCode)}/indicators/${code(indicatorCode)}`, asOf),
};
