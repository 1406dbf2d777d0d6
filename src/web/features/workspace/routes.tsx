import type { RouteObject } from 'react-router';
import { ObligationPage } from './obligation-page';
import { WorkspacePage } from './workspace-page';

/** Routes under /:lang. */
export const workspaceRoutes: RouteObject[] = [
  { path: 'workspace', element: <WorkspacePage /> },
  { path: 'workspace/obligations/:id', element: <ObligationPage /> },
];
