// Addresses of the input-output page: /:lang/input-output, and /:lang/input-output/:code for a table.
import type { Language } from '../../i18n/languages';

export const ioPaths = {
  page: (lang: Language) => `/${lang}/input-output`,
  table: (lang: Language, code: string) => `/${lang}/input-output/${encodeURIComponent(code)}`,
};
