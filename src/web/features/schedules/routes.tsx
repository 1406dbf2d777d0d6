import type { RouteObject } from 'react-router';
import { SchedulePage } from './schedule-page';
import { SchedulesPage } from './schedules-page';

/** Routes under /:lang: the coordinator's schedules, in the review workspace. */
export const scheduleRoutes: RouteObject[] = [
  { path: 'review/schedules', element: <SchedulesPage /> },
  { path: 'review/schedules/:measureId', element: <SchedulePage /> },
];
