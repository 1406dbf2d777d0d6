// A measure with every field: identity, deadline as written, executors, costs, result, indicators.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMeasure, usePlan } from '../../api/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { LocalizedText, useLocalizedString } from '../../components/localized-text';
import { ErrorState, LoadingState, NotFoundState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MeasureCosts } from './measure-costs';
import { MeasureFacts } from './measure-facts';
import { MeasureProgressSection } from './measure-progress';

export function MeasurePage() {
  const { id: idParam = '' } = useParams();
  const id = /^\d{1,15}$/.test(idParam) && Number(idParam) > 0 ? Number(idParam) : null;
  if (id === null) return <NotFoundState />;
  return <MeasureView id={id} />;
}

function MeasureView({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalizedString();
  const measure = useMeasure(id);
  const plan = usePlan(measure.data?.planCode);
  useDocumentTitle(measure.data ? `${t('measure.title', { number: measure.data.number })}: ${localized(measure.data.names)}` : null);

  if (measure.isPending) return <LoadingState />;
  if (measure.isError) return <ErrorState error={measure.error} onRetry={() => void measure.refetch()} />;
  const data = measure.data;

  return (
    <article aria-labelledby="measure-title">
      <Breadcrumbs
        items={[
          { label: plan.data ? <LocalizedText text={plan.data.names} /> : data.planCode, to: paths.plan(language, data.planCode) },
          { label: t('areas.areaNumber', { number: data.area.number }), to: paths.area(language, data.planCode, data.area.number) },
          { label: t('measure.title', { number: data.number }) },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">{t('measure.title', { number: data.number })}</p>
        <h1 id="measure-title">
          <LocalizedText text={data.names} /> {data.isIllustrative && <IllustrativeBadge />}
        </h1>
        {data.isIllustrative && <p className="notice">{t('illustrative.explanation')}</p>}
      </header>
      <section aria-labelledby="measure-details" className="panel">
        <h2 id="measure-details">{t('measure.details')}</h2>
        <MeasureFacts measure={data} />
      </section>
      <MeasureProgressSection measureId={data.id} measureNumber={data.number} />
      <section aria-labelledby="measure-costs" className="panel">
        <h2 id="measure-costs">{t('measure.costs')}</h2>
        <MeasureCosts costs={data.costs} />
      </section>
      <section aria-labelledby="measure-indicators" className="panel">
        <h2 id="measure-indicators">{t('measure.indicators')}</h2>
        {data.indicators.length === 0 ? (
          <p className="muted">{t('measure.noIndicators')}</p>
        ) : (
          <ul className="plain-list">
            {data.indicators.map((indicator) => (
              <li key={indicator.code}>
                <Link to={paths.planSection(language, data.planCode, paths.indicatorAnchor(indicator.code))}>
                  <LocalizedText text={indicator.names} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
