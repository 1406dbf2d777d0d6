// An area of a plan: its name and its measures (filterable, paged).
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePlan } from '../../api/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { IllustrativeBadge, IllustrativeLegend } from '../../components/illustrative-badge';
import { LocalizedText, useLocalizedString } from '../../components/localized-text';
import { ErrorState, LoadingState, NotFoundState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MeasureBrowser } from '../measures/measure-browser';

export function AreaPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalizedString();
  const { planCode = '', areaNumber: areaParam = '' } = useParams();
  const plan = usePlan(planCode);
  const areaNumber = /^\d+$/.test(areaParam) ? Number(areaParam) : null;
  const area = plan.data?.areas.find((candidate) => candidate.number === areaNumber);
  useDocumentTitle(area ? `${t('areas.areaNumber', { number: area.number })}: ${localized(area.names)}` : null);

  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!area) return <NotFoundState detail={t('areas.notFound', { number: areaParam })} />;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: <LocalizedText text={plan.data.names} />, to: paths.plan(language, plan.data.code) },
          { label: t('areas.areaNumber', { number: area.number }) },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">
          {t('areas.areaNumber', { number: area.number })} · {t('areas.measureCount', { value: formatNumber(area.measureCount, language) })}
        </p>
        <h1>
          <LocalizedText text={area.names} /> {area.isIllustrative && <IllustrativeBadge />}
        </h1>
      </header>
      <MeasureBrowser planCode={plan.data.code} fixedArea={area.number} caption={t('measures.areaCaption', { number: area.number })} />
      <IllustrativeLegend />
    </>
  );
}
