import type { RouteObject } from 'react-router';
import { AuditPage } from './audit-page';

/** Routes under /:lang. */
export const auditRoutes: RouteObject[] = [{ path: 'audit', element: <AuditPage /> }];
