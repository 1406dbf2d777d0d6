import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { applyMeasureSearchChanges, parseMeasureSearch, type MeasureSearchChanges } from './measure-search';

/** The measure list's filters and page, read from and written to the URL query string. */
export function useMeasureSearch() {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const search = useMemo(() => parseMeasureSearch(params), [params]);

  /** Filter changes replace the history entry, so Back leaves the list instead of undoing keystrokes. */
  const update = useCallback(
    (changes: MeasureSearchChanges) => setParams((current) => applyMeasureSearchChanges(current, changes), { replace: true }),
    [setParams],
  );

  const hrefForOffset = useCallback(
    (offset: number) => {
      const query = applyMeasureSearchChanges(params, { offset }).toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [params, pathname],
  );

  return { search, update, hrefForOffset };
}
