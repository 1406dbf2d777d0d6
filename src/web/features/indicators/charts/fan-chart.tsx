// The forecast fan: actual levels, then the median of the simulated paths with the bands holding
// 50% and 90% of them (stacked areas: a transparent floor, then the band's width), and the target.
import { useMemo } from 'react';
import type { IndicatorDetail } from '../../../../contracts/api/indicator-status';
import { chartTheme } from '../../../components/chart/chart-theme';
import { useLanguage } from '../../../lib/language-context';
import { formatLevel } from '../indicator-format';
import { useIndicatorText } from '../indicator-i18n';
import { ACTUAL_LINE, axisStyle, LEGEND, yearsSpanning } from './chart-options';
import { FiguresTable } from './figures-table';
import { IndicatorChart } from './indicator-chart';

export function FanChart({ detail }: { detail: IndicatorDetail }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const years = yearsSpanning([...detail.actual.map((p) => p.year), ...detail.fan.map((p) => p.year)]);
  const fan = new Map(detail.fan.map((p) => [p.year, p]));
  const actual = new Map(detail.actual.map((p) => [p.year, p.value]));
  const latest = detail.status.latest;
  const target = detail.status.targetValue;

  const option = useMemo(() => {
    const at = (pick: (p: IndicatorDetail['fan'][number]) => number) => years.map((y) => (fan.has(y) ? pick(fan.get(y)!) : null));
    // The fan starts from the latest figure, so that the bands join the actual line.
    const withStart = (values: (number | null)[], start: number | null) => values.map((v, i) => (latest && years[i] === latest.year ? start : v));
    const band = (name: string, low: (p: IndicatorDetail['fan'][number]) => number, high: (p: IndicatorDetail['fan'][number]) => number, opacity: number, stack: string) => [
      { type: 'line', name, stack, data: withStart(at(low), latest?.value ?? null), lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
      {
        type: 'line',
        name,
        stack,
        data: withStart(at((p) => high(p) - low(p)), 0),
        lineStyle: { opacity: 0 },
        symbol: 'none',
        // The legend shows the band's own colour.
        itemStyle: { color: chartTheme.accent, opacity },
        areaStyle: { color: chartTheme.accent, opacity },
      },
    ];
    return {
      ...axisStyle(language, years.map(String), (value: number) => formatLevel(value, language)),
      tooltip: { show: false },
      legend: { ...LEGEND, data: [it('indicators.charts.actual'), it('indicators.charts.median'), it('indicators.charts.band50'), it('indicators.charts.band90')] },
      series: [
        ...band(it('indicators.charts.band90'), (p) => p.p05, (p) => p.p95, 0.18, 'band90'),
        ...band(it('indicators.charts.band50'), (p) => p.p25, (p) => p.p75, 0.35, 'band50'),
        { type: 'line', name: it('indicators.charts.median'), data: withStart(at((p) => p.p50), latest?.value ?? null), color: chartTheme.accent, lineStyle: { type: 'dashed', width: 2 }, symbol: 'none' },
        {
          ...ACTUAL_LINE,
          name: it('indicators.charts.actual'),
          data: years.map((y) => actual.get(y) ?? null),
          markLine:
            target === null
              ? undefined
              : { symbol: 'none', label: { formatter: `${it('indicators.charts.target')}: ${formatLevel(target, language)}`, position: 'insideEndTop' }, lineStyle: { color: '#a4262c', type: 'solid' }, data: [{ yAxis: target }] },
        },
      ],
    };
  }, [detail, language, it]);

  return (
    <IndicatorChart
      title={it('indicators.charts.fanTitle')}
      label={it('indicators.charts.fanAlt')}
      option={option}
      height={320}
      figuresTitle={it('indicators.charts.figuresList')}
      figures={
        <FiguresTable
          yearHeader={it('indicators.charts.year')}
          columns={['5%', '25%', it('indicators.charts.median'), '75%', '95%']}
          rows={detail.fan.map((p) => ({ year: p.year, cells: [p.p05, p.p25, p.p50, p.p75, p.p95].map((value) => formatLevel(value, language)) }))}
        />
      }
    />
  );
}
