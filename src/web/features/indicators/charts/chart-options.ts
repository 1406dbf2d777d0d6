// Option parts every indicator chart shares: the years axis, the value axis, the tooltip, the legend
// and the look of the actual and the trajectory lines.
import { chartTheme } from '../../../components/chart/chart-theme';
import type { Language } from '../../../i18n/languages';

/** Every year from the smallest to the largest given, so that gaps show as gaps. */
export function yearsSpanning(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function axisStyle(_language: Language, categories: string[], formatValue: (value: number) => string) {
  return {
    // Drawn at once: no motion for readers who avoid it, and screenshots show the whole chart.
    animation: false,
    textStyle: { fontFamily: chartTheme.fontFamily, color: chartTheme.text },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (value: number | null) => (value === null || value === undefined ? '—' : formatValue(value)) },
    xAxis: { type: 'category', data: categories, axisLabel: { color: chartTheme.muted }, axisLine: { lineStyle: { color: chartTheme.grid } } },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: chartTheme.muted, formatter: formatValue },
      splitLine: { lineStyle: { color: chartTheme.grid } },
    },
  };
}

/** The legend above the plot. */
export const LEGEND = { top: 0, textStyle: { color: chartTheme.text } };

/** The actual figures: the strong line with marked points. */
export const ACTUAL_LINE = { type: 'line', color: chartTheme.primary, symbolSize: 8, lineStyle: { width: 3 } };

/** What the trajectory to the target asks for: a quieter dashed line. */
export const TRAJECTORY_LINE = { type: 'line', color: chartTheme.muted, lineStyle: { type: 'dashed', width: 2 } };

/** Colours for many components (contributions), distinguishable and readable on white. */
export const COMPONENT_COLOURS = ['#1d5a8c', '#0f7f8f', '#b05d00', '#6b4c9a', '#2e7d32', '#a4262c', '#5c6f82', '#8a6d00', '#c2185b', '#37474f'];
