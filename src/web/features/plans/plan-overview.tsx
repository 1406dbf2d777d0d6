// Everything the public needs about one plan on one page: identity, areas, target indicators.
import { useTranslation } from 'react-i18next';
import { usePlan } from '../../api/queries';
import { IllustrativeLegend } from '../../components/illustrative-badge';
import { LocalizedText, useLocalizedString } from '../../components/localized-text';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useDocumentTitle } from '../../lib/use-document-title';
import { IndicatorsSection } from '../indicators/indicators-section';
import { AreasSection } from './areas-section';
import { PlanFacts } from './plan-facts';

export function PlanOverview({ planCode }: { planCode: string }) {
  const { t } = useTranslation();
  const plan = usePlan(planCode);
  const localized = useLocalizedString();
  useDocumentTitle(plan.data ? localized(plan.data.names) : null);

  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;

  return (
    <article className="plan-overview" aria-labelledby="plan-title">
      <header className="page-header">
        <p className="eyebrow">{t('plan.periodValue', { start: plan.data.periodStart, end: plan.data.periodEnd })}</p>
        <h1 id="plan-title">
          <LocalizedText text={plan.data.names} />
        </h1>
      </header>
      <PlanFacts plan={plan.data} />
      <AreasSection plan={plan.data} />
      <IndicatorsSection planCode={plan.data.code} />
      <IllustrativeLegend />
    </article>
  );
}
