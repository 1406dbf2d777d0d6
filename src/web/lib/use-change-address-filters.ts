// Filters kept in the address (?status=&from=&q=...) change through this. React Router's
// setSearchParams hands its updater the parameters of the last render, not the address as it is
// (documented: no queueing like React's setState), and renders the change in a transition: a second
// filter changed before that render (two date fields filled in quick succession) would bring back
// the address from before the first and lose it. The updater here starts from the current address.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Changes the address's filters in place (history replaced); any change starts again at page one. */
export function useChangeAddressFilters(): (change: (params: URLSearchParams) => void) => void {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (change) =>
      setSearchParams(
        () => {
          const params = new URLSearchParams(window.location.search);
          change(params);
          params.delete('offset');
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
}
