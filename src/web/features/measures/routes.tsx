import type { RouteObject } from 'react-router';
import { MeasurePage } from './measure-page';
import { PlanMeasuresPage } from './plan-measures-page';

/** Routes under /:lang. */
export const measureRoutes: RouteObject[] = [
  { path: 'plans/:planCode/measures', element: <PlanMeasuresPage /> },
  { path: 'measures/:id', element: <MeasurePage /> },
];
