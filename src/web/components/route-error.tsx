// Shown when a page throws while rendering: the layout stays, the page says what happened.
import { useRouteError } from 'react-router';
import { ErrorState } from './status-states';

export function RouteError() {
  const error = useRouteError();
  return <ErrorState error={error} onRetry={() => window.location.reload()} />;
}
