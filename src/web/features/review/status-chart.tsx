// Obligations by status as horizontal stacked bars, one bar per group (area or executor). The table
// beside it carries every figure in text.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBLIGATION_STATUSES } from '../../../core/obligations/obligation-status';
import { chartTheme } from '../../components/chart/chart-theme';
import { EChart } from '../../components/chart/echart';
import { LoadingState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { STATUS_COLORS } from './status-colors';
import type { StatusGroup } from './status-counts';

let parts: Promise<unknown> | null = null;
function loadParts(): Promise<unknown> {
  parts ??= import('./status-echarts-parts').catch((error: unknown) => {
    parts = null;
    throw error;
  });
  return parts;
}

interface StatusChartProps<Key> {
  groups: StatusGroup<Key>[];
  labelOf: (key: Key) => string;
  label: string;
}

export function StatusChart<Key>({ groups, labelOf, label }: StatusChartProps<Key>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    // Without the legend part the chart still draws; the table carries the figures either way.
    void loadParts()
      .catch(() => undefined)
      .then(() => isCurrent && setReady(true));
    return () => {
      isCurrent = false;
    };
  }, []);
  const option = useMemo(
    () => ({
      textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: chartTheme.text } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: chartTheme.muted, formatter: (value: number) => formatNumber(value, language) },
        splitLine: { lineStyle: { color: chartTheme.grid } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: groups.map((group) => labelOf(group.key)),
        axisTick: { show: false },
        axisLabel: { color: chartTheme.text, width: 240, overflow: 'truncate' },
      },
      series: OBLIGATION_STATUSES.map((status) => ({
        type: 'bar',
        stack: 'obligations',
        name: t(`enums.obligationStatus.${status}`),
        data: groups.map((group) => group.counts[status]),
        itemStyle: { color: STATUS_COLORS[status] },
        barMaxWidth: 22,
        emphasis: { focus: 'series' },
      })),
    }),
    [groups, labelOf, language, t],
  );
  if (!isReady) return <LoadingState />;
  return <EChart option={option} label={label} height={Math.max(200, groups.length * 32 + 70)} />;
}
