// The plan's indicators with their status on a date: latest figure against the trajectory, growth
// still required, forecast, probability and the 5-level rating (coloured and named).
import { Link, useParams } from 'react-router';
import type { IndicatorStatusView } from '../../../contracts/api/indicator-status';
import { usePlan } from '../../api/queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { DataTable, type Column } from '../../components/data-table';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { LocalizedText, useLocalizedString } from '../../components/localized-text';
import { ErrorState, LoadingState } from '../../components/status-states';
import { formatMultiple } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AsOfPicker } from './as-of-picker';
import { formatLevel, formatProbability, formatRate, formatSignedRate } from './indicator-format';
import { useIndicatorText } from './indicator-i18n';
import { indicatorPaths } from './indicator-paths';
import { usePlanIndicatorStatus } from './indicator-queries';
import { RatingBadge } from './rating-badge';
import { useAsOf } from './use-as-of';
import './indicators.css';

export function IndicatorListPage() {
  const { planCode = '' } = useParams();
  const { it } = useIndicatorText();
  const language = useLanguage();
  const localized = useLocalizedString();
  const { asOf } = useAsOf();
  const plan = usePlan(planCode);
  const status = usePlanIndicatorStatus(planCode, asOf);
  useDocumentTitle(it('indicators.list.title'));

  const columns: Column<IndicatorStatusView>[] = [
    {
      id: 'indicator',
      header: it('indicators.list.indicator'),
      isRowHeader: true,
      cell: (item) => (
        <>
          <Link to={indicatorPaths.indicator(language, planCode, item.code, asOf)}>
            <LocalizedText text={item.names} /> <span className="muted">({item.code})</span>
          </Link>
          <span className="indicator-target-line">
            {item.targetMultiple === null
              ? '—'
              : it('indicators.list.targetValue', { multiple: formatMultiple(item.targetMultiple, language), year: item.targetYear ?? '—' })}
            {' · '}
            {it('indicators.list.base')} {item.baseYear.year ?? '—'} {item.baseYear.isAssumed && <IllustrativeBadge scope="field" />}
          </span>
        </>
      ),
    },
    { id: 'rating', header: it('indicators.list.rating'), cell: (item) => <RatingBadge rating={item.rating} /> },
    {
      id: 'probability',
      header: it('indicators.list.probability'),
      className: 'numeric',
      cell: (item) => formatProbability(item.probability.simulated ?? item.probability.closedForm, language),
    },
    {
      id: 'latest',
      header: it('indicators.list.latest'),
      className: 'numeric',
      cell: (item) => (item.hasData && item.latest ? `${formatLevel(item.latest.value, language)} (${item.latest.period})` : <span className="muted">{it('indicators.list.noData')}</span>),
    },
    { id: 'trajectory', header: it('indicators.list.trajectory'), className: 'numeric', cell: (item) => formatLevel(item.trajectoryValue, language) },
    { id: 'gap', header: it('indicators.list.gap'), className: 'numeric', cell: (item) => formatSignedRate(item.gap?.relative, language) },
    { id: 'required', header: it('indicators.list.requiredFromNow'), className: 'numeric', cell: (item) => formatRate(item.requiredRateFromNow ?? item.requiredAnnualRate, language) },
    { id: 'forecast', header: it('indicators.list.forecast'), className: 'numeric', cell: (item) => formatLevel(item.forecastAtTarget?.value, language) },
  ];

  return (
    <article aria-labelledby="indicator-list-title">
      <Breadcrumbs
        items={[
          { label: plan.data ? localized(plan.data.names) : planCode, to: paths.plan(language, planCode) },
          { label: it('indicators.list.title') },
        ]}
      />
      <header className="page-header">
        <h1 id="indicator-list-title">{it('indicators.list.title')}</h1>
        <p className="lead">{it('indicators.list.intro')}</p>
      </header>
      <AsOfPicker shownAsOf={status.data?.asOf ?? null} />
      {status.isPending && <LoadingState />}
      {status.isError && <ErrorState error={status.error} onRetry={() => void status.refetch()} />}
      {status.data && (
        <>
          <p className="eyebrow" aria-live="polite">
            {it('indicators.asOf.current', { date: status.data.asOf })}
          </p>
          <div className="indicator-status-table">
            <DataTable
              caption={it('indicators.list.caption')}
              columns={columns}
              rows={status.data.items}
              rowKey={(item) => item.code}
              isStale={status.isPlaceholderData}
            />
          </div>
          <p className="legend">{it('indicators.rating.legend')}</p>
          <section className="panel" aria-labelledby="divergence-alarms">
            <h2 id="divergence-alarms">{it('indicators.divergence.title')}</h2>
            {!status.data.divergence.obligationsTracked ? (
              <p>{it('indicators.divergence.untracked')}</p>
            ) : status.data.divergence.indicators.some((entry) => entry.alarm) ? (
              <ul className="plain-list">
                {status.data.divergence.indicators
                  .filter((entry) => entry.alarm)
                  .map((entry) => (
                    <li key={entry.indicatorCode}>
                      <Link to={indicatorPaths.indicator(language, planCode, entry.indicatorCode, asOf)}>{entry.indicatorCode}</Link>:{' '}
                      {it(`indicators.divergence.alarms.${entry.alarm!.kind}`)}
                    </li>
                  ))}
              </ul>
            ) : (
              <p>{it('indicators.divergence.noAlarm')}</p>
            )}
          </section>
        </>
      )}
    </article>
  );
}
