import type { RouteObject } from 'react-router';
import { PeoplePage } from './people-page';

/** Routes under /:lang: the admins' people page. */
export const peopleRoutes: RouteObject[] = [{ path: 'people', element: <PeoplePage /> }];
