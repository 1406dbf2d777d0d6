// Loaded on demand with the indicator charts: the ECharts parts they need beyond the shared setup
// (lines and areas, stacked bars, legends, target lines). ECharts registers parts globally, so the
// shared EChart component draws with them once this module has run.
import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export const isRegistered = true;
