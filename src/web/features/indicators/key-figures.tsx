// The indicator's status as figures: base, latest value, trajectory, gap, required rates, forecast
// with each method's back-test error, probability both ways, and the rating.
import type { ReactNode } from 'react';
import type { IndicatorStatusView } from '../../../contracts/api/indicator-status';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { LocalizedText } from '../../components/localized-text';
import { formatNumber } from '../../lib/format';
import type { Language } from '../../i18n/languages';
import { formatDate } from '../workspace/dates';
import { useLanguage } from '../../lib/language-context';
import { formatLevel, formatProbability, formatRate, formatSignedRate } from './indicator-format';
import { useIndicatorText } from './indicator-i18n';
import { RatingBadge } from './rating-badge';

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function KeyFigures({ status }: { status: IndicatorStatusView }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const mape = (value: number) => `${formatNumber(value, language, { maximumFractionDigits: 1 })}%`;

  return (
    <section className="panel" aria-labelledby="key-figures">
      <h2 id="key-figures">{it('indicators.page.figures')}</h2>
      <dl className="facts-rows key-figures">
        <Figure label={it('indicators.list.rating')}>
          <RatingBadge rating={status.rating} />
        </Figure>
        <Figure label={it('indicators.page.series')}>
          {status.series ? it('indicators.page.seriesValue', { code: status.series.code, branch: status.series.branch, region: status.series.region }) : it('indicators.page.noSeries')}
        </Figure>
        <Figure label={it('indicators.page.baseYear')}>
          {status.baseYear.year ?? '—'} {status.baseYear.isAssumed && <IllustrativeBadge scope="field" />}
          {status.baseYear.source === 'plan_assumption' && (
            <span className="figure-note">
              {it('indicators.page.baseAssumed')} <LocalizedText text={status.baseYear.note} />
            </span>
          )}
        </Figure>
        {status.baseValue !== null && (
          <Figure label={it('indicators.page.baseValue')}>
            {formatLevel(status.baseValue, language)}
            {status.series?.kind === 'annual_indices' && <span className="figure-note">{it('indicators.page.scaleNote')}</span>}
          </Figure>
        )}
        <Figure label={it('indicators.page.latest')}>
          {status.latest ? it('indicators.page.latestValue', { value: formatLevel(status.latest.value, language), period: status.latest.period }) : <span className="muted">{it('indicators.list.noData')}</span>}
        </Figure>
        {status.latestRelease && (
          <Figure label={it('indicators.page.latestRelease')}>
            {it('indicators.page.latestReleaseValue', {
              period: status.latestRelease.period,
              value: formatNumber(status.latestRelease.value, language),
              date: status.latestRelease.releaseDate,
            })}
          </Figure>
        )}
        {status.latest && status.trajectoryValue !== null && (
          <Figure label={it('indicators.page.trajectory', { year: status.latest.year })}>{formatLevel(status.trajectoryValue, language)}</Figure>
        )}
        {status.gap && (
          <Figure label={it('indicators.page.gap')}>
            {formatSignedRate(status.gap.relative, language)} ({formatNumber(status.gap.absolute, language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })})
          </Figure>
        )}
        <Figure label={it('indicators.page.requiredFromBase')}>{formatRate(status.requiredAnnualRate, language)}</Figure>
        <Figure label={it('indicators.page.requiredFromNow')}>{formatRate(status.requiredRateFromNow, language)}</Figure>
        <Figure label={it('indicators.page.historical')}>{formatRate(status.historicalGrowth?.annualRate, language)}</Figure>
        {status.targetYear !== null && (
          <Figure label={it('indicators.page.forecast', { year: status.targetYear })}>
            {status.forecastAtTarget ? `${formatLevel(status.forecastAtTarget.value, language)} (${it(`indicators.methods.${status.forecastAtTarget.method}`)})` : '—'}
          </Figure>
        )}
        <Figure label={it('indicators.page.probabilitySimulated', { paths: formatNumber(status.probability.paths, language) })}>
          {formatProbability(status.probability.simulated, language)}
        </Figure>
        <Figure label={it('indicators.page.probabilityClosedForm')}>{formatProbability(status.probability.closedForm, language)}</Figure>
      </dl>
      {status.forecasts.length > 0 && (
        <>
          <h3>{it('indicators.page.methodsTitle')}</h3>
          <ul className="plain-list">
            {status.forecasts.map((forecast) => (
              <li key={forecast.method}>
                {formatLevel(forecast.valueAtTarget, language)} —{' '}
                {forecast.backtest
                  ? it('indicators.page.forecastMethod', { method: it(`indicators.methods.${forecast.method}`), mape: mape(forecast.backtest.mape), origins: forecast.backtest.origins })
                  : it('indicators.page.forecastMethodNoBacktest', { method: it(`indicators.methods.${forecast.method}`) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {status.notes.length > 0 && (
        <>
          <h3>{it('indicators.page.notes')}</h3>
          <ul className="plain-list">
            {status.notes.map((note) => (
              <li key={note.text}>{it(`indicators.notes.${note.code}`, noteParams(note.params, language))}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A note's values as the reader's language writes them: dates in words, years and codes as they are. */
function noteParams(params: Record<string, string | number>, language: Language): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, key === 'asOf' && typeof value === 'string' ? formatDate(value, language) : value]));
}
