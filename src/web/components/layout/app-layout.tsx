// The frame of every page: skip link, header with navigation and languages, main, footer.
import { useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { usePlans } from '../../api/queries';
import { PRIMARY_PLAN_CODE } from '../../config';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useFocusOnNavigate } from '../../lib/use-focus-on-navigate';
import { ioPaths } from '../../features/input-output/io-paths';
import { indicatorPaths } from '../../features/indicators/indicator-paths';
import { UserMenu } from '../../features/auth/user-menu';
import { WorkspaceNavLinks } from '../../features/auth/workspace-nav-links';
import { LanguageSwitcher } from '../language-switcher';
import { SiteFooter } from './site-footer';

export function AppLayout() {
  const { t } = useTranslation();
  const language = useLanguage();
  const planCode = usePlans().data?.items[0]?.code ?? PRIMARY_PLAN_CODE;
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    main.current?.focus();
    main.current?.scrollIntoView();
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to={paths.home(language)} className="brand">
            <span className="brand-mark" aria-hidden="true">Z</span>
            <span className="brand-text">
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="header-tools">
            <UserMenu />
            <LanguageSwitcher />
          </div>
        </div>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul className="container">
            <li>
              <NavLink to={paths.home(language)} end>
                {t('nav.plan')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.planMeasures(language, planCode)}>{t('nav.measures')}</NavLink>
            </li>
            <li>
              <NavLink to={indicatorPaths.list(language, planCode)}>{t('nav.indicators')}</NavLink>
            </li>
            <li>
              <NavLink to={ioPaths.page(language)}>{t('io.nav')}</NavLink>
            </li>
            <WorkspaceNavLinks />
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
