// One multiplier of every product as horizontal bars, largest first. The chart is a picture to
// assistive technology: its label says what it shows and that the table above has every figure.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MultiplierField, ProductMultipliers } from '../../../contracts/api/input-output';
import { chartTheme } from '../../components/chart/chart-theme';
import { EChart } from '../../components/chart/echart';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { useLanguage } from '../../lib/language-context';
import { formatRatio } from './io-format';

const CHARTED = ['outputMultiplier', 'employmentTypeI', 'employmentTypeII'] as const;
type ChartedField = (typeof CHARTED)[number];

interface MultipliersChartProps {
  products: ProductMultipliers[];
  illustrative: MultiplierField[];
}

export function MultipliersChart({ products, illustrative }: MultipliersChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectId = useId();
  const [field, setField] = useState<ChartedField>('outputMultiplier');
  const measure = t(`io.multipliers.columns.${field}`);

  const bars = useMemo(
    () =>
      products
        .filter((product) => product[field] !== null)
        .map((product) => ({ label: `${product.code} ${product.name}`.trim(), value: product[field]! }))
        .sort((a, b) => b.value - a.value),
    [products, field],
  );

  const option = useMemo(
    () => ({
      textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (value: number) => formatRatio(value, language) },
      xAxis: {
        type: 'value',
        min: 0,
        axisLabel: { color: chartTheme.muted, formatter: (value: number) => formatRatio(value, language) },
        splitLine: { lineStyle: { color: chartTheme.grid } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((bar) => bar.label),
        axisTick: { show: false },
        axisLabel: { color: chartTheme.text, width: 220, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: measure,
          data: bars.map((bar) => bar.value),
          itemStyle: { color: field === 'outputMultiplier' ? chartTheme.primary : chartTheme.accent, borderRadius: [0, 3, 3, 0] },
          barMaxWidth: 22,
          label: { show: true, position: 'right', color: chartTheme.text, formatter: ({ value }: { value: number }) => formatRatio(value, language) },
        },
      ],
    }),
    [bars, field, language, measure],
  );

  return (
    <figure className="chart-figure io-chart">
      <figcaption>
        <label htmlFor={selectId} className="io-chart-label">
          {t('io.chart.show')}
        </label>{' '}
        <select id={selectId} value={field} onChange={(event) => setField(event.target.value as ChartedField)}>
          {CHARTED.map((option) => (
            <option key={option} value={option}>
              {t(`io.multipliers.columns.${option}`)}
            </option>
          ))}
        </select>{' '}
        {illustrative.includes(field) && <IllustrativeBadge scope="field" />}
      </figcaption>
      <EChart option={option} label={t('io.chart.alternative', { measure })} height={Math.max(140, bars.length * 34 + 32)} />
    </figure>
  );
}
