// Sub-branch and region contributions to the aggregate's year-on-year change: stacked bars by
// month (the largest components, the rest as one), the selected month as a list, and the reminder
// that chained components are not additive. Empty, with the reason, when the data do not exist.
import { useMemo, useState } from 'react';
import type { IndicatorContributions } from '../../../contracts/api/indicator-status';
import { chartTheme } from '../../components/chart/chart-theme';
import { LocalizedText, useLocalizedString } from '../../components/localized-text';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { COMPONENT_COLOURS } from './charts/chart-options';
import { IndicatorChart } from './charts/indicator-chart';
import { formatPoints } from './indicator-format';
import { useIndicatorText } from './indicator-i18n';
import { useIndicatorContributions } from './indicator-queries';

const SHOWN_COMPONENTS = 8;

function ContributionsChart({ data }: { data: IndicatorContributions }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const localized = useLocalizedString();
  const option = useMemo(() => {
    const shown = data.selected.slice().sort((a, b) => Math.abs(b.yoyPoints) - Math.abs(a.yoyPoints)).slice(0, SHOWN_COMPONENTS).map((c) => c.key);
    const names = new Map(data.components.map((c) => [c.key, c.names ? `${c.key} ${localized(c.names)}` : c.key]));
    const byKey = new Map<string, Map<string, number>>();
    const other = new Map<string, number>();
    for (const row of data.rows) {
      if (shown.includes(row.key)) {
        if (!byKey.has(row.key)) byKey.set(row.key, new Map());
        byKey.get(row.key)!.set(row.period, row.yoyPoints);
      } else other.set(row.period, (other.get(row.period) ?? 0) + row.yoyPoints);
    }
    const series = shown.map((key, i) => ({
      type: 'bar',
      stack: 'points',
      name: names.get(key) ?? key,
      color: COMPONENT_COLOURS[i % COMPONENT_COLOURS.length],
      data: data.periods.map((p) => byKey.get(key)?.get(p) ?? 0),
    }));
    if (other.size > 0) series.push({ type: 'bar', stack: 'points', name: it('indicators.contributions.other'), color: '#9aa8b5', data: data.periods.map((p) => other.get(p) ?? 0) });
    return {
      animation: false,
      textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll', textStyle: { color: chartTheme.text } },
      tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: number) => formatPoints(v, language) },
      xAxis: { type: 'category', data: data.periods, axisLabel: { color: chartTheme.muted } },
      yAxis: { type: 'value', axisLabel: { color: chartTheme.muted }, splitLine: { lineStyle: { color: chartTheme.grid } } },
      series,
    };
  }, [data, language, localized, it]);

  return (
    <IndicatorChart
      title={it('indicators.contributions.title')}
      label={it('indicators.contributions.chartAlt')}
      option={option}
      height={340}
      figuresTitle={it('indicators.contributions.selectedCaption', { period: data.period ?? '—' })}
      figures={
        <table className="data-table compact">
          <caption>{it('indicators.contributions.selectedCaption', { period: data.period ?? '—' })}</caption>
          <thead>
            <tr>
              <th scope="col">{it('indicators.contributions.component')}</th>
              <th scope="col">{it('indicators.contributions.points')}</th>
            </tr>
          </thead>
          <tbody>
            {data.selected.map((row) => {
              const component = data.components.find((c) => c.key === row.key);
              return (
                <tr key={row.key}>
                  <th scope="row">
                    {row.key} {component?.names && <LocalizedText text={component.names} />}
                  </th>
                  <td className="numeric">{formatPoints(row.yoyPoints, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    />
  );
}

export function ContributionsSection({ planCode, code, asOf }: { planCode: string; code: string; asOf: string | null }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const [by, setBy] = useState<'branch' | 'region'>('branch');
  const contributions = useIndicatorContributions(planCode, code, by, asOf);
  const data = contributions.data;

  return (
    <section className="panel" aria-labelledby="contributions">
      <h2 id="contributions">{it('indicators.contributions.title')}</h2>
      <div className="segmented" role="group" aria-label={it('indicators.contributions.title')}>
        {(['branch', 'region'] as const).map((option) => (
          <button key={option} type="button" className="button button-secondary" aria-pressed={by === option} onClick={() => setBy(option)}>
            {it(option === 'branch' ? 'indicators.contributions.byBranch' : 'indicators.contributions.byRegion')}
          </button>
        ))}
      </div>
      <p className="notice">{it('indicators.contributions.note')}</p>
      {contributions.isPending && <LoadingState />}
      {contributions.isError && <ErrorState error={contributions.error} level={2} onRetry={() => void contributions.refetch()} />}
      {data &&
        (data.available ? (
          <>
            <ContributionsChart data={data} />
            <p className="muted">
              {it('indicators.contributions.method')}: <LocalizedText text={{ en: data.explanation }} />
            </p>
          </>
        ) : (
          <p className="contributions-empty">
            {/* The engine's explanation is in English: other languages get the translated reason first. */}
            {language !== 'en' && data.reason ? `${it(`indicators.contributions.reasons.${data.reason}`)} ` : null}
            <LocalizedText text={{ en: data.explanation }} />
          </p>
        ))}
    </section>
  );
}
