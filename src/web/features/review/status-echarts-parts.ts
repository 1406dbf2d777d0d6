// Loaded on demand with the status charts: the ECharts legend, beyond the shared setup. ECharts
// registers parts globally, so the shared EChart component draws with it once this module has run.
import { use } from 'echarts/core';
import { LegendComponent } from 'echarts/components';

use([LegendComponent]);

export const isRegistered = true;
