// Actual annual levels against the trajectory to the target (line chart), with the figures as text.
import { useMemo } from 'react';
import type { IndicatorDetail } from '../../../../contracts/api/indicator-status';
import { formatLevel } from '../indicator-format';
import { useIndicatorText } from '../indicator-i18n';
import { ActualTrajectoryChart } from './actual-trajectory-chart';

export function LevelsChart({ detail }: { detail: IndicatorDetail }) {
  const { it } = useIndicatorText();
  const series = useMemo(
    () => ({
      actual: new Map(detail.actual.map((p) => [p.year, p.value])),
      trajectory: new Map(detail.trajectory.map((p) => [p.year, p.value])),
    }),
    [detail],
  );
  return (
    <ActualTrajectoryChart
      series={series}
      format={formatLevel}
      title={it('indicators.charts.levelsTitle')}
      label={it('indicators.charts.levelsAlt')}
      actualName={it('indicators.charts.actual')}
      trajectoryName={it('indicators.charts.trajectory')}
      trajectoryPoints
    />
  );
}
