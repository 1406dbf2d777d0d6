// /:lang/review/overdue: obligations past their due date and not completed, earliest first, with
// how late each is and its report's state; filtered by lead executor.
import { useId, useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { usePlanObligationStatus } from '../../api/plan-dashboard-queries';
import { useObligations } from '../../api/workspace-queries';
import { DataTable } from '../../components/data-table';
import { LocalizedText, useLocalizedString } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { Pagination } from '../../components/pagination';
import { ErrorState, LoadingState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { daysBetween, formatDate, kazakhstanToday } from '../workspace/dates';
import { ReportStateChip } from '../workspace/status-chips';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { workspacePaths } from '../workspace/workspace-paths';
import { offsetParam, ReviewNav, withOffset } from './review-nav';
import { usePlanCode } from './use-plan-code';

const PAGE_SIZE = 50;

export function OverduePage() {
  return (
    <RequireSession anyOf={['canReadInternal']}>
      <Overdue />
    </RequireSession>
  );
}

function Overdue() {
  const { wt, t } = useWorkspaceText();
  const language = useLanguage();
  const localized = useLocalizedString();
  const planCode = usePlanCode();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const organization = searchParams.get('organization') ?? undefined;
  const offset = offsetParam(searchParams);
  const overdue = useObligations({ plan: planCode, status: 'overdue', organization, limit: PAGE_SIZE, offset });
  const statuses = usePlanObligationStatus(planCode);
  const today = kazakhstanToday();
  const titleId = useId();
  const selectId = useId();
  useDocumentTitle(wt('review.overdue.title'));

  // The lead executors with anything overdue, from the plan's status counts.
  const executors = useMemo(
    () =>
      (statuses.data?.byLeadExecutor ?? [])
        .filter((g) => g.counts.overdue > 0)
        .map((g) => g.organization)
        .sort((a, b) => localized(a.names).localeCompare(localized(b.names))),
    [statuses.data, localized],
  );

  return (
    <article aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{wt('review.overdue.title')}</h1>
        <p className="lead">{wt('review.overdue.intro')}</p>
      </header>
      <ReviewNav />
      <form className="filters" role="search" aria-label={wt('workspace.filters.label')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={selectId} className="field-label">
            {wt('review.columns.executor')}
          </label>
          <select
            id={selectId}
            value={organization ?? ''}
            onChange={(event) => setSearchParams(event.target.value ? { organization: event.target.value } : {}, { replace: true })}
          >
            <option value="">{wt('review.overdue.anyExecutor')}</option>
            {executors.map((executor) => (
              <option key={executor.code} value={executor.code}>
                {localized(executor.names)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {overdue.isPending ? (
        <LoadingState />
      ) : overdue.isError ? (
        <ErrorState error={overdue.error} level={2} onRetry={() => void overdue.refetch()} />
      ) : (
        <>
          <DataTable
            caption={wt('review.overdue.caption')}
            rows={overdue.data.items}
            rowKey={(row) => row.id}
            isStale={overdue.isPlaceholderData}
            empty={wt('review.overdue.empty')}
            columns={[
              { id: 'due', header: wt('workspace.columns.due'), className: 'col-date', cell: (row) => formatDate(row.due, language) },
              {
                id: 'late',
                header: wt('review.overdue.daysLate'),
                className: 'num col-overdue',
                cell: (row) => formatNumber(Math.max(0, daysBetween(row.due, today)), language),
              },
              {
                id: 'measure',
                header: wt('workspace.columns.measure'),
                isRowHeader: true,
                className: 'col-name',
                cell: (row) => (
                  <Link to={row.report ? workspacePaths.report(language, row.report.id) : paths.measure(language, row.measure.id)}>
                    {t('measure.title', { number: row.measure.number })}: <LocalizedText text={row.measure.names} />
                  </Link>
                ),
              },
              { id: 'period', header: wt('workspace.columns.period'), cell: (row) => row.period },
              { id: 'executor', header: wt('review.columns.executor'), cell: (row) => <OrganizationName organization={row.leadExecutor} /> },
              {
                id: 'report',
                header: wt('workspace.columns.report'),
                cell: (row) => (row.report ? <ReportStateChip state={row.report.state} /> : <span className="muted">{wt('workspace.noReport')}</span>),
              },
            ]}
          />
          <Pagination total={overdue.data.total} limit={overdue.data.limit} offset={overdue.data.offset} hrefFor={(next) => withOffset(location.pathname, searchParams, next)} />
        </>
      )}
    </article>
  );
}
