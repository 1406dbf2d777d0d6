// Growth a year: the actual growth against the growth the trajectory needs each year.
import { useMemo } from 'react';
import type { IndicatorDetail } from '../../../../contracts/api/indicator-status';
import { formatRate } from '../indicator-format';
import { useIndicatorText } from '../indicator-i18n';
import { ActualTrajectoryChart } from './actual-trajectory-chart';

export function GrowthChart({ detail }: { detail: IndicatorDetail }) {
  const { it } = useIndicatorText();
  const series = useMemo(
    () => ({
      actual: new Map(detail.actual.filter((p) => p.growth !== null).map((p) => [p.year, p.growth!])),
      trajectory: new Map(detail.growth.map((p) => [p.year, p.trajectory])),
    }),
    [detail],
  );
  return (
    <ActualTrajectoryChart
      series={series}
      format={formatRate}
      title={it('indicators.charts.growthTitle')}
      label={it('indicators.charts.growthAlt')}
      actualName={it('indicators.charts.actualGrowth')}
      trajectoryName={it('indicators.charts.trajectoryGrowth')}
      height={260}
    />
  );
}
