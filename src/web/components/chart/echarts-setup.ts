// Loaded on demand (see load-echarts.ts): ECharts' core with only the parts the pages use.
// Add a chart type or component here when a page needs it (the indicator pages: LineChart, ...).
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export { init };
