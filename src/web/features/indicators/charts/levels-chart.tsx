// Actual annual levels against the trajectory to the target (line chart), with the figures as text.
import { useMemo } from 'react';
import type { IndicatorDetail } from '../../../../contracts/api/indicator-status';
import { chartTheme } from '../../../components/chart/chart-theme';
import { useLanguage } from '../../../lib/language-context';
import { formatLevel } from '../indicator-format';
import { useIndicatorText } from '../indicator-i18n';
import { IndicatorChart } from './indicator-chart';
import { axisStyle, yearsSpanning } from './chart-options';

export function LevelsChart({ detail }: { detail: IndicatorDetail }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const years = yearsSpanning([...detail.actual.map((p) => p.year), ...detail.trajectory.map((p) => p.year)]);
  const actual = new Map(detail.actual.map((p) => [p.year, p.value]));
  const path = new Map(detail.trajectory.map((p) => [p.year, p.value]));

  const option = useMemo(
    () => ({
      ...axisStyle(language, years.map(String), (value: number) => formatLevel(value, language)),
      legend: { top: 0, textStyle: { color: chartTheme.text } },
      series: [
        { type: 'line', name: it('indicators.charts.actual'), data: years.map((y) => actual.get(y) ?? null), color: chartTheme.primary, symbolSize: 8, lineStyle: { width: 3 } },
        { type: 'line', name: it('indicators.charts.trajectory'), data: years.map((y) => path.get(y) ?? null), color: chartTheme.muted, lineStyle: { type: 'dashed', width: 2 }, symbol: 'circle' },
      ],
    }),
    [detail, language, it],
  );

  return (
    <IndicatorChart
      title={it('indicators.charts.levelsTitle')}
      label={it('indicators.charts.levelsAlt')}
      option={option}
      figuresTitle={it('indicators.charts.figuresList')}
      figures={
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{it('indicators.charts.year')}</th>
              <th scope="col">{it('indicators.charts.actual')}</th>
              <th scope="col">{it('indicators.charts.trajectory')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td className="numeric">{formatLevel(actual.get(year), language)}</td>
                <td className="numeric">{formatLevel(path.get(year), language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
