// Actual annual levels against the trajectory to the target (line chart), with the figures as text.
import { useMemo } from 'react';
import type { IndicatorDetail } from '../../../../contracts/api/indicator-status';
import { useLanguage } from '../../../lib/language-context';
import { formatLevel } from '../indicator-format';
import { useIndicatorText } from '../indicator-i18n';
import { IndicatorChart } from './indicator-chart';
import { ACTUAL_LINE, axisStyle, LEGEND, TRAJECTORY_LINE, yearsSpanning } from './chart-options';

export function LevelsChart({ detail }: { detail: IndicatorDetail }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const years = yearsSpanning([...detail.actual.map((p) => p.year), ...detail.trajectory.map((p) => p.year)]);
  const actual = new Map(detail.actual.map((p) => [p.year, p.value]));
  const path = new Map(detail.trajectory.map((p) => [p.year, p.value]));

  const option = useMemo(
    () => ({
      ...axisStyle(language, years.map(String), (value: number) => formatLevel(value, language)),
      legend: LEGEND,
      series: [
        { ...ACTUAL_LINE, name: it('indicators.charts.actual'), data: years.map((y) => actual.get(y) ?? null) },
        { ...TRAJECTORY_LINE, name: it('indicators.charts.trajectory'), data: years.map((y) => path.get(y) ?? null), symbol: 'circle' },
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
