// The address of the admins' people page, with its page of the user list in the query.
import type { Language } from '../../i18n/languages';

export const peoplePaths = {
  list: (lang: Language, offset = 0) => `/${lang}/people${offset > 0 ? `?offset=${offset}` : ''}`,
};
