import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title to "<page> · Zhospar" (just "Zhospar" without a page). */
export function useDocumentTitle(page: string | null | undefined, isEnabled = true): void {
  const { t } = useTranslation();
  const title = page ? t('app.documentTitle', { page }) : t('app.name');
  useEffect(() => {
    if (isEnabled) document.title = title;
  }, [title, isEnabled]);
}
