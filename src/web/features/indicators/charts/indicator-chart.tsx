// A chart of the indicator pages: the shared EChart, drawn once the extra ECharts parts are loaded,
// inside a figure with a caption and, for assistive technology and printing, the same figures as a
// list (the chart's text alternative).
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../../../components/chart/echart';
import { LoadingState } from '../../../components/status-states';

let parts: Promise<unknown> | null = null;
function loadParts(): Promise<unknown> {
  parts ??= import('./indicator-echarts-parts').catch((error: unknown) => {
    parts = null;
    throw error;
  });
  return parts;
}

interface IndicatorChartProps {
  title: string;
  /** What the chart shows and where the same figures are in text. */
  label: string;
  option: EChartsCoreOption;
  height?: number;
  /** The figures as text (a list or a small table). */
  figures: ReactNode;
  figuresTitle: string;
}

export function IndicatorChart({ title, label, option, height = 300, figures, figuresTitle }: IndicatorChartProps) {
  const [isReady, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const captionId = useId();
  useEffect(() => {
    let isCurrent = true;
    loadParts()
      .then(() => isCurrent && setReady(true))
      .catch(() => isCurrent && setFailed(true));
    return () => {
      isCurrent = false;
    };
  }, []);

  return (
    <figure className="chart-figure indicator-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      {isReady ? <EChart option={option} label={label} height={height} /> : !failed && <LoadingState />}
      <details className="chart-figures">
        <summary>{figuresTitle}</summary>
        {figures}
      </details>
    </figure>
  );
}
