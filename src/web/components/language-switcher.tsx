// Links to the same page in each language: plain links, so they work with the keyboard, in new
// tabs and without JavaScript-only behaviour.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LANGUAGES, LANGUAGE_SELF_NAMES } from '../i18n/languages';
import { useLanguage } from '../lib/language-context';
import { switchLanguagePath } from '../lib/paths';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = useLanguage();
  const location = useLocation();
  return (
    <nav aria-label={t('language.label')} className="language-switcher">
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <Link
              to={{ pathname: switchLanguagePath(location.pathname, language), search: location.search, hash: location.hash }}
              lang={language}
              hrefLang={language}
              aria-current={language === current ? 'true' : undefined}
            >
              {LANGUAGE_SELF_NAMES[language]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
