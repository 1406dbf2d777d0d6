import type { RouteObject } from 'react-router';
import { ReportPage } from './report-page';

/** Routes under /:lang. */
export const reportRoutes: RouteObject[] = [{ path: 'reports/:id', element: <ReportPage /> }];
