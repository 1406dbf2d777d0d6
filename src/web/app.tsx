// The router: every page lives under /:lang (kk, ru, en). Features contribute their routes here;
// later ones (sign-in and workspaces, indicator pages) add theirs the same way.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { shouldRetry } from './api/queries';
import { AppLayout } from './components/layout/app-layout';
import { LanguageScope, RootRedirect } from './components/language-scope';
import { RouteError } from './components/route-error';
import { NotFoundState } from './components/status-states';
import { inputOutputRoutes } from './features/input-output/routes';
import { indicatorRoutes } from './features/indicators/routes';
import { measureRoutes } from './features/measures/routes';
import { peopleRoutes } from './features/people/routes';
import { planRoutes } from './features/plans/routes';
import { auditRoutes } from './features/audit/routes';
import { authRoutes } from './features/auth/routes';
import { reportRoutes } from './features/reports/routes';
import { reviewRoutes } from './features/review/routes';
import { scheduleRoutes } from './features/schedules/routes';
import { workspaceRoutes } from './features/workspace/routes';

const routes: RouteObject[] = [
  { path: '/', element: <RootRedirect /> },
  {
    path: '/:lang',
    element: <LanguageScope />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [...planRoutes, ...measureRoutes, ...indicatorRoutes, ...inputOutputRoutes, ...authRoutes, ...workspaceRoutes, ...reportRoutes, ...reviewRoutes, ...scheduleRoutes, ...auditRoutes, ...peopleRoutes, { path: '*', element: <NotFoundState /> }],
          },
        ],
      },
    ],
  },
];

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 60_000, retry: shouldRetry, refetchOnWindowFocus: false },
  },
});

const router = createBrowserRouter(routes);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
