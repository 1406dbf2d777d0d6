import type { RouteObject } from 'react-router';
import { AreaPage } from './area-page';
import { HomePage } from './home-page';
import { PlanPage } from './plan-page';

/** Routes under /:lang. */
export const planRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'plans/:planCode', element: <PlanPage /> },
  { path: 'plans/:planCode/areas/:areaNumber', element: <AreaPage /> },
];
