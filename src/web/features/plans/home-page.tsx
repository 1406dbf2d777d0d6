// The home page: the first plan in full, then links to any other plans.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlans } from '../../api/queries';
import { LocalizedText } from '../../components/localized-text';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { PlanOverview } from './plan-overview';

export function HomePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const plans = usePlans();

  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;

  const [featured, ...others] = plans.data.items;
  if (!featured) {
    return (
      <section className="message-panel">
        <h1>{t('home.title')}</h1>
        <p>{t('home.noPlans')}</p>
      </section>
    );
  }

  return (
    <>
      <p className="lead">{t('home.intro')}</p>
      <PlanOverview planCode={featured.code} />
      {others.length > 0 && (
        <section aria-labelledby="other-plans" className="panel">
          <h2 id="other-plans">{t('home.otherPlans')}</h2>
          <ul className="plain-list">
            {others.map((plan) => (
              <li key={plan.code}>
                <Link to={paths.plan(language, plan.code)}>
                  <LocalizedText text={plan.names} />
                </Link>{' '}
                <span className="muted">{t('plan.periodValue', { start: plan.periodStart, end: plan.periodEnd })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
