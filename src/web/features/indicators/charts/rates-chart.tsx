// Required against historical growth a year (bars), with the figures as a list.
import { useMemo } from 'react';
import type { IndicatorDetail } from '../../../../contracts/api/indicator-status';
import { chartTheme } from '../../../components/chart/chart-theme';
import { useLanguage } from '../../../lib/language-context';
import { formatRate } from '../indicator-format';
import { useIndicatorText } from '../indicator-i18n';
import { IndicatorChart } from './indicator-chart';

const BARS = [
  { key: 'requiredFromBase', colour: '#5c6f82' },
  { key: 'requiredFromNow', colour: '#a4262c' },
  { key: 'historical', colour: chartTheme.primary },
  { key: 'forecast', colour: chartTheme.accent },
] as const;

export function RatesChart({ rates }: { rates: IndicatorDetail['rates'] }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const bars = BARS.map((bar) => ({ ...bar, label: it(`indicators.charts.${bar.key}`), value: rates[bar.key] }));

  const option = useMemo(
    () => ({
      animation: false,
      textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
      grid: { left: 8, right: 60, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { color: chartTheme.muted, formatter: (v: number) => formatRate(v, language) }, splitLine: { lineStyle: { color: chartTheme.grid } } },
      yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label), axisTick: { show: false }, axisLabel: { color: chartTheme.text } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 26,
          data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.colour } })),
          label: { show: true, position: 'right', formatter: ({ value }: { value: number | null }) => formatRate(value, language) },
        },
      ],
    }),
    [rates, language, it],
  );

  return (
    <IndicatorChart
      title={it('indicators.charts.ratesTitle')}
      label={it('indicators.charts.ratesAlt')}
      option={option}
      height={200}
      figuresTitle={it('indicators.charts.figuresList')}
      figures={
        <dl className="facts-rows">
          {bars.map((bar) => (
            <div key={bar.key}>
              <dt>{bar.label}</dt>
              <dd>{formatRate(bar.value, language)}</dd>
            </div>
          ))}
        </dl>
      }
    />
  );
}
