// The as-of date lives in the address (?asOf=YYYY-MM-DD), so a page can be shared and reloaded as
// it was; absent means today, which the server decides.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function useAsOf(): { asOf: string | null; setAsOf: (date: string | null) => void } {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const asOf = raw && ISO_DATE.test(raw) ? raw : null;
  const setAsOf = useCallback(
    (date: string | null) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (date) next.set('asOf', date);
          else next.delete('asOf');
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );
  return { asOf, setAsOf };
}
