import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.sources')}</p>
        <p>
          <span className="badge badge-illustrative">{t('illustrative.badge')}</span> {t('footer.illustrative')}
        </p>
        <p>{t('footer.noMachineTranslation')}</p>
        <p>
          <a href="/api/docs">{t('footer.apiDocs')}</a>
        </p>
      </div>
    </footer>
  );
}
