// The plan's target indicators as cards. Measures link here (#indicator-CODE).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIndicators } from '../../api/queries';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { useScrollToHash } from '../../lib/use-scroll-to-hash';
import { IndicatorCard } from './indicator-card';
import { useIndicatorText } from './indicator-i18n';
import { indicatorPaths } from './indicator-paths';

export function IndicatorsSection({ planCode }: { planCode: string }) {
  const { t } = useTranslation();
  const { it } = useIndicatorText();
  const language = useLanguage();
  const indicators = useIndicators(planCode);
  useScrollToHash(indicators.isSuccess);

  return (
    <section aria-labelledby="indicators" className="panel">
      <h2 id="indicators">{t('indicators.title')}</h2>
      <p className="section-intro">{t('indicators.intro')}</p>
      <p>
        <Link to={indicatorPaths.list(language, planCode)}>{it('indicators.list.fromPlan')}</Link>
      </p>
      {indicators.isPending && <LoadingState />}
      {indicators.isError && <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} level={2} />}
      {indicators.isSuccess &&
        (indicators.data.items.length === 0 ? (
          <p>{t('indicators.empty')}</p>
        ) : (
          <div className="indicator-grid">
            {indicators.data.items.map((indicator) => (
              <IndicatorCard key={indicator.code} indicator={indicator} />
            ))}
          </div>
        ))}
    </section>
  );
}
