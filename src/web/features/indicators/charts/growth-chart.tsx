// Growth a year: the actual growth against the growth the trajectory needs each year.
import { useMemo } from 'react';
import type { IndicatorDetail } from '../../../../contracts/api/indicator-status';
import { useLanguage } from '../../../lib/language-context';
import { formatRate } from '../indicator-format';
import { useIndicatorText } from '../indicator-i18n';
import { ACTUAL_LINE, axisStyle, LEGEND, TRAJECTORY_LINE, yearsSpanning } from './chart-options';
import { IndicatorChart } from './indicator-chart';

export function GrowthChart({ detail }: { detail: IndicatorDetail }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const actual = new Map(detail.actual.filter((p) => p.growth !== null).map((p) => [p.year, p.growth!]));
  const needed = new Map(detail.growth.map((p) => [p.year, p.trajectory]));
  const years = yearsSpanning([...actual.keys(), ...needed.keys()]);

  const option = useMemo(
    () => ({
      ...axisStyle(language, years.map(String), (value: number) => formatRate(value, language)),
      legend: LEGEND,
      series: [
        { ...ACTUAL_LINE, name: it('indicators.charts.actualGrowth'), data: years.map((y) => actual.get(y) ?? null) },
        { ...TRAJECTORY_LINE, name: it('indicators.charts.trajectoryGrowth'), data: years.map((y) => needed.get(y) ?? null) },
      ],
    }),
    [detail, language, it],
  );

  return (
    <IndicatorChart
      title={it('indicators.charts.growthTitle')}
      label={it('indicators.charts.growthAlt')}
      option={option}
      height={260}
      figuresTitle={it('indicators.charts.figuresList')}
      figures={
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{it('indicators.charts.year')}</th>
              <th scope="col">{it('indicators.charts.actualGrowth')}</th>
              <th scope="col">{it('indicators.charts.trajectoryGrowth')}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td className="numeric">{formatRate(actual.get(year), language)}</td>
                <td className="numeric">{formatRate(needed.get(year), language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
