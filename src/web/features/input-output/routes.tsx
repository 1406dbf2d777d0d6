import type { RouteObject } from 'react-router';
import { IoPage } from './io-page';

/** Routes under /:lang. */
export const inputOutputRoutes: RouteObject[] = [
  { path: 'input-output', element: <IoPage /> },
  { path: 'input-output/:code', element: <IoPage /> },
];
