// A chart drawn by ECharts (SVG). Charts are pictures to assistive technology: each one has a label
// that says where the same figures are in text (a list or a table next to it).
import { useEffect, useRef, useState } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { useTranslation } from 'react-i18next';
import { loadEcharts } from './load-echarts';

interface EChartProps {
  option: EChartsCoreOption;
  /** What the chart shows and where its figures are in text. */
  label: string;
  height: number;
}

export function EChart({ option, label, height }: EChartProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let instance: ECharts | null = null;
    let isDisposed = false;
    loadEcharts()
      .then(({ init }) => {
        if (isDisposed) return;
        instance = init(element, undefined, { renderer: 'svg' });
        setChart(instance);
      })
      .catch(() => setFailed(true));
    const observer = new ResizeObserver(() => instance?.resize());
    observer.observe(element);
    return () => {
      isDisposed = true;
      observer.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  return (
    <div className="chart" style={{ height }} role="img" aria-label={label} aria-busy={!chart && !failed}>
      <div ref={container} className="chart-canvas" aria-hidden="true" />
      {!chart && !failed && <span className="chart-placeholder">{t('common.loading')}</span>}
    </div>
  );
}
