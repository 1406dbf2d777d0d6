// One series of actual figures against what the trajectory to the target asks for, by year, with
// the same figures as a table: the levels chart and the growth chart are both this.
import { useMemo } from 'react';
import type { Language } from '../../../i18n/languages';
import { useLanguage } from '../../../lib/language-context';
import { useIndicatorText } from '../indicator-i18n';
import { ACTUAL_LINE, axisStyle, LEGEND, TRAJECTORY_LINE, yearsSpanning } from './chart-options';
import { FiguresTable } from './figures-table';
import { IndicatorChart } from './indicator-chart';

export interface ActualTrajectorySeries {
  actual: ReadonlyMap<number, number>;
  trajectory: ReadonlyMap<number, number>;
}

interface ActualTrajectoryChartProps {
  series: ActualTrajectorySeries;
  format: (value: number | null | undefined, language: Language) => string;
  title: string;
  label: string;
  actualName: string;
  trajectoryName: string;
  height?: number;
  /** Mark every trajectory year with a point (levels), or draw the line alone (rates). */
  trajectoryPoints?: boolean;
}

export function ActualTrajectoryChart({ series, format, title, label, actualName, trajectoryName, height, trajectoryPoints = false }: ActualTrajectoryChartProps) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const years = useMemo(() => yearsSpanning([...series.actual.keys(), ...series.trajectory.keys()]), [series]);

  const option = useMemo(
    () => ({
      ...axisStyle(language, years.map(String), (value: number) => format(value, language)),
      legend: LEGEND,
      series: [
        { ...ACTUAL_LINE, name: actualName, data: years.map((y) => series.actual.get(y) ?? null) },
        { ...TRAJECTORY_LINE, name: trajectoryName, data: years.map((y) => series.trajectory.get(y) ?? null), ...(trajectoryPoints ? { symbol: 'circle' } : {}) },
      ],
    }),
    [series, years, format, language, actualName, trajectoryName, trajectoryPoints],
  );

  return (
    <IndicatorChart
      title={title}
      label={label}
      option={option}
      height={height}
      figuresTitle={it('indicators.charts.figuresList')}
      figures={
        <FiguresTable
          yearHeader={it('indicators.charts.year')}
          columns={[actualName, trajectoryName]}
          rows={years.map((year) => ({ year, cells: [format(series.actual.get(year), language), format(series.trajectory.get(year), language)] }))}
        />
      }
    />
  );
}
