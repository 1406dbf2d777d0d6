// /:lang/review/performance: each lead executor's reporting rate (obligations fallen due that were
// reported) and timeliness (reported by the due date), weakest first.
import { useId } from 'react';
import type { OrganizationPerformance } from '../../../contracts/api/obligations';
import { usePlanPerformance } from '../../api/plan-dashboard-queries';
import { DataTable } from '../../components/data-table';
import { OrganizationName } from '../../components/organization-name';
import { ErrorState, LoadingState } from '../../components/status-states';
import { formatNumber, formatPercent } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { formatDate } from '../workspace/dates';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { ReviewNav } from './review-nav';
import { usePlanCode } from './use-plan-code';

export function PerformancePage() {
  return (
    <RequireSession anyOf={['canReadInternal']}>
      <Performance />
    </RequireSession>
  );
}

/** Weakest first: lowest timeliness, then lowest reporting rate; organisations with nothing due last. */
export function byWeakestFirst(a: OrganizationPerformance, b: OrganizationPerformance): number {
  const rank = (p: OrganizationPerformance) => [p.timeliness ?? 2, p.reportingRate ?? 2] as const;
  const [ta, ra] = rank(a);
  const [tb, rb] = rank(b);
  return ta - tb || ra - rb || a.organization.code.localeCompare(b.organization.code);
}

function Performance() {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const planCode = usePlanCode();
  // Every lead executor in one answer, computed by the server as for each organisation's own page.
  const performance = usePlanPerformance(planCode);
  const titleId = useId();
  useDocumentTitle(wt('review.performance.title'));

  const rows = [...(performance.data?.items ?? [])].sort(byWeakestFirst);
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, language, 0));
  const number = (value: number) => formatNumber(value, language);

  return (
    <article aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{wt('review.performance.title')}</h1>
        <p className="lead">{wt('review.performance.intro')}</p>
      </header>
      <ReviewNav />
      {performance.isError ? (
        <ErrorState error={performance.error} level={2} onRetry={() => void performance.refetch()} />
      ) : performance.isPending ? (
        <LoadingState />
      ) : (
        <DataTable
          caption={wt('review.performance.caption', { date: rows[0] ? formatDate(rows[0].asOf, language) : '' })}
          rows={rows}
          rowKey={(row) => row.organization.code}
          empty={wt('review.performance.empty')}
          columns={[
            { id: 'organization', header: wt('review.columns.executor'), isRowHeader: true, cell: (row) => <OrganizationName organization={row.organization} form="full" /> },
            { id: 'obligations', header: wt('review.performance.obligations'), className: 'num', cell: (row) => number(row.obligations) },
            { id: 'fallenDue', header: wt('review.performance.fallenDue'), className: 'num', cell: (row) => number(row.fallenDue) },
            { id: 'reported', header: wt('review.performance.reported'), className: 'num', cell: (row) => number(row.reported) },
            { id: 'onTime', header: wt('review.performance.onTime'), className: 'num', cell: (row) => number(row.reportedOnTime) },
            { id: 'rate', header: wt('review.performance.reportingRate'), className: 'num', cell: (row) => percent(row.reportingRate) },
            { id: 'timeliness', header: wt('review.performance.timeliness'), className: 'num', cell: (row) => percent(row.timeliness) },
            { id: 'overdue', header: wt('review.performance.overdue'), className: 'num col-overdue', cell: (row) => number(row.byStatus.overdue ?? 0) },
          ]}
        />
      )}
      <p className="legend">{wt('review.performance.legend')}</p>
    </article>
  );
}
