import type { RouteObject } from 'react-router';
import { OverduePage } from './overdue-page';
import { OverviewPage } from './overview-page';
import { PerformancePage } from './performance-page';
import { QueuePage } from './queue-page';

/** Routes under /:lang. */
export const reviewRoutes: RouteObject[] = [
  { path: 'review', element: <QueuePage /> },
  { path: 'review/overview', element: <OverviewPage /> },
  { path: 'review/overdue', element: <OverduePage /> },
  { path: 'review/performance', element: <PerformancePage /> },
];
