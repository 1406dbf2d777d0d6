// One indicator: actual against trajectory (levels and growth), the forecast fan, required against
// historical growth, contributions, the data with every vintage and source, consistency checks and
// divergence alarms, all as known on the as-of date. Every figure comes from the API.
import { useParams } from 'react-router';
import { usePlan } from '../../api/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { IllustrativeLegend } from '../../components/illustrative-badge';
import { LocalizedText, useLocalizedString } from '../../components/localized-text';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AsOfPicker } from './as-of-picker';
import { FanChart } from './charts/fan-chart';
import { GrowthChart } from './charts/growth-chart';
import { LevelsChart } from './charts/levels-chart';
import { RatesChart } from './charts/rates-chart';
import { ConsistencyChecks } from './consistency-checks';
import { ContributionsSection } from './contributions-section';
import { DivergenceSection } from './divergence-section';
import { useIndicatorText } from './indicator-i18n';
import { indicatorPaths } from './indicator-paths';
import { useIndicatorDetail } from './indicator-queries';
import { KeyFigures } from './key-figures';
import { ObservationsTable } from './observations-table';
import { RatingBadge } from './rating-badge';
import { useAsOf } from './use-as-of';
import './indicators.css';

export function IndicatorPage() {
  const { planCode = '', code = '' } = useParams();
  const { it } = useIndicatorText();
  const language = useLanguage();
  const localized = useLocalizedString();
  const { asOf } = useAsOf();
  const plan = usePlan(planCode);
  const detail = useIndicatorDetail(planCode, code, asOf);
  useDocumentTitle(detail.data ? localized(detail.data.status.names) : code);

  if (detail.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const data = detail.data;
  const { status } = data;
  const hasSeries = data.actual.length > 0;

  return (
    <article aria-labelledby="indicator-title" className="indicator-page">
      <Breadcrumbs
        items={[
          { label: plan.data ? localized(plan.data.names) : planCode, to: paths.plan(language, planCode) },
          { label: it('indicators.page.breadcrumb'), to: indicatorPaths.list(language, planCode, asOf) },
          { label: localized(status.names) },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">
          {status.code} · {it('indicators.asOf.current', { date: data.asOf })}
        </p>
        <h1 id="indicator-title">
          <LocalizedText text={status.names} />
        </h1>
        <p className="lead">
          <RatingBadge rating={status.rating} />
        </p>
      </header>
      <AsOfPicker shownAsOf={data.asOf} />
      <KeyFigures status={status} />
      {hasSeries ? (
        <section className="panel chart-grid" aria-label={it('indicators.charts.levelsTitle')}>
          <LevelsChart detail={data} />
          <GrowthChart detail={data} />
          {data.fan.length > 0 && <FanChart detail={data} />}
          <RatesChart rates={data.rates} />
        </section>
      ) : (
        <p className="notice">{it('indicators.charts.noData')}</p>
      )}
      <ContributionsSection planCode={planCode} code={code} asOf={asOf} />
      <ObservationsTable detail={data} />
      <ConsistencyChecks checks={data.consistencyChecks} />
      <DivergenceSection divergence={data.divergence} />
      <IllustrativeLegend />
    </article>
  );
}
