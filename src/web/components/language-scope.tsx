// The /:lang route: checks the language, switches the UI to it, sets <html lang> and remembers it.
import { useLayoutEffect } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isLanguage, preferredLanguage, rememberLanguage } from '../i18n/languages';
import { LanguageContext } from '../lib/language-context';

export function LanguageScope() {
  const { lang } = useParams();
  const location = useLocation();
  const { i18n } = useTranslation();
  const language = isLanguage(lang) ? lang : null;

  useLayoutEffect(() => {
    if (!language) return;
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    rememberLanguage(language);
  }, [language, i18n]);

  if (!language) {
    // An address without a language (/plans/...) gets the preferred one in front of it.
    return <Navigate replace to={{ pathname: `/${preferredLanguage()}${location.pathname}`, search: location.search, hash: location.hash }} />;
  }
  return (
    <LanguageContext.Provider value={language}>
      <Outlet />
    </LanguageContext.Provider>
  );
}

/** "/" goes to the saved or the browser's language. */
export function RootRedirect() {
  const location = useLocation();
  return <Navigate replace to={{ pathname: `/${preferredLanguage()}`, search: location.search, hash: location.hash }} />;
}
