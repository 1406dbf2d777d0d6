// Measures per area as horizontal bars. The list of areas beside it carries the same figures.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../contracts/api/plans';
import { chartTheme } from '../../components/chart/chart-theme';
import { EChart } from '../../components/chart/echart';
import { useLocalizedString } from '../../components/localized-text';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';

export function AreasChart({ areas }: { areas: Area[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalizedString();

  const option = useMemo(() => {
    const labels = areas.map((area) => `${area.number}. ${localized(area.names)}`);
    return {
      textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
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
        data: labels,
        axisTick: { show: false },
        axisLabel: { color: chartTheme.text, width: 220, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('plan.measureCount'),
          data: areas.map((area) => area.measureCount),
          itemStyle: { color: chartTheme.primary, borderRadius: [0, 3, 3, 0] },
          barMaxWidth: 22,
          label: { show: true, position: 'right', color: chartTheme.text, formatter: ({ value }: { value: number }) => formatNumber(value, language) },
        },
      ],
    };
  }, [areas, language, localized, t]);

  return <EChart option={option} label={t('areas.chartAlternative')} height={Math.max(180, areas.length * 40 + 24)} />;
}
