// A filterable, paged list of a plan's measures: the area page and the plan-wide list both use it.
import { useEffect, type ReactNode } from 'react';
import type { Area } from '../../../contracts/api/plans';
import { useMeasures } from '../../api/queries';
import { Pagination } from '../../components/pagination';
import { ErrorState, LoadingState } from '../../components/status-states';
import { PAGE_SIZES } from '../../config';
import { MeasureFilters } from './measure-filters';
import { MeasureTable } from './measure-table';
import { useMeasureSearch } from './use-measure-search';

interface MeasureBrowserProps {
  planCode: string;
  caption: ReactNode;
  /** The area page fixes the area; the plan-wide list offers these areas as a filter instead. */
  fixedArea?: number;
  areas?: Area[];
}

export function MeasureBrowser({ planCode, caption, fixedArea, areas }: MeasureBrowserProps) {
  const { search, update, hrefForOffset } = useMeasureSearch();
  const area = fixedArea ?? search.area;
  const measures = useMeasures(planCode, { ...search, area });
  const page = measures.data;

  // A page past the end (the list shrank, or an old link): go back to the first page.
  const isPastEnd = page !== undefined && page.items.length === 0 && page.total > 0 && search.offset > 0;
  useEffect(() => {
    if (isPastEnd) update({ offset: undefined });
  }, [isPastEnd, update]);

  return (
    <div className="measure-browser">
      <MeasureFilters search={search} onChange={update} areas={fixedArea === undefined ? areas : undefined} />
      {measures.isPending && <LoadingState />}
      {measures.isError && <ErrorState error={measures.error} onRetry={() => void measures.refetch()} level={2} />}
      {page && (
        <>
          <MeasureTable caption={caption} measures={page.items} showArea={fixedArea === undefined} isStale={measures.isPlaceholderData} />
          <Pagination
            total={page.total}
            limit={page.limit}
            offset={page.offset}
            hrefFor={hrefForOffset}
            pageSizes={PAGE_SIZES}
            onPageSizeChange={(limit) => update({ limit })}
          />
        </>
      )}
    </div>
  );
}
