// The plan's identity card: period, status, legal basis, owner, size and sources.
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../contracts/api/plans';
import { LocalizedText } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { SourceList } from '../../components/source-list';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';

export function PlanFacts({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="plan-facts-title" className="panel">
      <h2 id="plan-facts-title">{t('plan.about')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('plan.period')}</dt>
          <dd>{t('plan.periodValue', { start: plan.periodStart, end: plan.periodEnd })}</dd>
        </div>
        <div>
          <dt>{t('plan.status')}</dt>
          <dd>
            <span className={`status status-${plan.status}`}>{t(`enums.planStatus.${plan.status}`)}</span>
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('plan.legalBasis')}</dt>
          <dd>
            <LocalizedText text={plan.legalBasis} />
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('plan.owner')}</dt>
          <dd>
            <OrganizationName organization={plan.owner} form="full" />
          </dd>
        </div>
        <div>
          <dt>{t('plan.baseYear')}</dt>
          <dd>{plan.baseYear ?? <span className="muted">{t('common.notPublished')}</span>}</dd>
        </div>
        <div>
          <dt>{t('plan.code')}</dt>
          <dd>
            <code>{plan.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('plan.areaCount')}</dt>
          <dd>{formatNumber(plan.areaCount, language)}</dd>
        </div>
        <div>
          <dt>{t('plan.measureCount')}</dt>
          <dd>
            {formatNumber(plan.measureCount, language)}
            {plan.illustrativeMeasureCount > 0 && (
              <span className="muted"> ({t('plan.illustrativeMeasures', { value: formatNumber(plan.illustrativeMeasureCount, language) })})</span>
            )}
          </dd>
        </div>
        {plan.sources.length > 0 && (
          <div className="facts-wide">
            <dt>{t('plan.sources')}</dt>
            <dd>
              <SourceList sources={plan.sources} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
