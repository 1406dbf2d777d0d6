import type { RouteObject } from 'react-router';
import { IndicatorListPage } from './indicator-list-page';
import { IndicatorPage } from './indicator-page';

/** Routes under /:lang. */
export const indicatorRoutes: RouteObject[] = [
  { path: 'plans/:planCode/indicators', element: <IndicatorListPage /> },
  { path: 'plans/:planCode/indicators/:code', element: <IndicatorPage /> },
];
