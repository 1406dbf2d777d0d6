// Every measure of a plan, with the area as one more filter.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePlan } from '../../api/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { IllustrativeLegend } from '../../components/illustrative-badge';
import { LocalizedText } from '../../components/localized-text';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MeasureBrowser } from './measure-browser';

export function PlanMeasuresPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { planCode = '' } = useParams();
  const plan = usePlan(planCode);
  useDocumentTitle(t('measures.title'));

  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;

  return (
    <>
      <Breadcrumbs
        items={[{ label: <LocalizedText text={plan.data.names} />, to: paths.plan(language, plan.data.code) }, { label: t('measures.title') }]}
      />
      <header className="page-header">
        <p className="eyebrow">
          <LocalizedText text={plan.data.names} />
        </p>
        <h1>{t('measures.title')}</h1>
      </header>
      <MeasureBrowser planCode={plan.data.code} areas={plan.data.areas} caption={t('measures.caption')} />
      <IllustrativeLegend />
    </>
  );
}
