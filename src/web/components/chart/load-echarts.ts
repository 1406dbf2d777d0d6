// ECharts is large: it is fetched only when a chart is on screen, so the first paint stays light.
import type * as EChartsSetup from './echarts-setup';

type EChartsModule = typeof EChartsSetup;

let loading: Promise<EChartsModule> | null = null;

export function loadEcharts(): Promise<EChartsModule> {
  loading ??= import('./echarts-setup').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
