// /:lang/workspace: the executor's obligations (its organisation leads or co-executes the measure),
// earliest due first, with status chips, overdue and due-soon counts, filters, and the reports the
// reviewers returned, with their comments.
import { useId } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { Obligation } from '../../../contracts/api/obligations';
import { useOrganizations } from '../../api/queries';
import { useSession } from '../../api/session';
import { useObligations, useOrganizationObligationCount } from '../../api/workspace-queries';
import { DataTable } from '../../components/data-table';
import { LocalizedText } from '../../components/localized-text';
import { Pagination } from '../../components/pagination';
import { ErrorState, LoadingState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { addDays, DUE_SOON_DAYS, dueSoonDays, formatDate, kazakhstanToday } from './dates';
import { ObligationFilters, readObligationFilters } from './obligation-filters';
import { ReturnedReports } from './returned-reports';
import { DueSoonChip, ObligationStatusChip, ReportStateChip } from './status-chips';
import { useWorkspaceText } from './workspace-i18n';
import { workspacePaths } from './workspace-paths';
import './workspace.css';

export function WorkspacePage() {
  return (
    <RequireSession anyOf={['canWriteReports']}>
      <Workspace />
    </RequireSession>
  );
}

function Workspace() {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const session = useSession();
  const organizationCode = session.data?.user.organizationCode ?? '';
  const organization = useOrganizations().data?.items.find((o) => o.code === organizationCode);
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const filters = readObligationFilters(searchParams);
  const obligations = useObligations({ organization: organizationCode, ...filters });
  const everything = useObligations({ organization: organizationCode, limit: 500, offset: 0 });
  const overdue = useOrganizationObligationCount(organizationCode, 'overdue');
  const dueSoon = useOrganizationObligationCount(organizationCode, 'due-soon', DUE_SOON_DAYS);
  const titleId = useId();
  const today = kazakhstanToday();
  useDocumentTitle(wt('workspace.title'));

  const hrefWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };

  return (
    <article aria-labelledby={titleId}>
      <header className="page-header">
        <p className="eyebrow">{organization ? <LocalizedText text={organization.names} /> : organizationCode}</p>
        <h1 id={titleId}>{wt('workspace.title')}</h1>
        <p className="lead">{wt('workspace.intro')}</p>
      </header>
      <ul className="summary-cards" aria-label={wt('workspace.summary.label')}>
        <li className="summary-card is-overdue">
          <Link to={hrefWith({ status: 'overdue', offset: null })}>
            <span className="summary-value">{overdue.data === undefined ? '…' : formatNumber(overdue.data, language)}</span>
            <span className="summary-label">{wt('workspace.summary.overdue')}</span>
          </Link>
        </li>
        <li className="summary-card is-due-soon">
          <Link to={hrefWith({ status: null, from: today, to: addDays(today, DUE_SOON_DAYS), offset: null })}>
            <span className="summary-value">{dueSoon.data === undefined ? '…' : formatNumber(dueSoon.data, language)}</span>
            <span className="summary-label">{wt('workspace.summary.dueSoon', { days: DUE_SOON_DAYS })}</span>
          </Link>
        </li>
      </ul>
      {everything.data && <ReturnedReports obligations={everything.data.items} />}
      <section aria-labelledby="obligations-title">
        <h2 id="obligations-title">{wt('workspace.listTitle')}</h2>
        <ObligationFilters values={filters} />
        {obligations.isPending ? (
          <LoadingState />
        ) : obligations.isError ? (
          <ErrorState error={obligations.error} level={2} onRetry={() => void obligations.refetch()} />
        ) : (
          <>
            <ObligationTable rows={obligations.data.items} organizationCode={organizationCode} isStale={obligations.isPlaceholderData} />
            <Pagination
              total={obligations.data.total}
              limit={obligations.data.limit}
              offset={obligations.data.offset}
              hrefFor={(offset) => hrefWith({ offset: offset ? String(offset) : null })}
            />
          </>
        )}
      </section>
    </article>
  );
}

function ObligationTable({ rows, organizationCode, isStale }: { rows: Obligation[]; organizationCode: string; isStale: boolean }) {
  const { wt, t } = useWorkspaceText();
  const language = useLanguage();
  const today = kazakhstanToday();
  return (
    <DataTable
      caption={wt('workspace.caption')}
      rows={rows}
      rowKey={(row) => row.id}
      isStale={isStale}
      empty={wt('workspace.empty')}
      columns={[
        {
          id: 'due',
          header: wt('workspace.columns.due'),
          className: 'col-date',
          cell: (row) => <span className={row.status === 'overdue' ? 'date-overdue' : undefined}>{formatDate(row.due, language)}</span>,
        },
        {
          id: 'measure',
          header: wt('workspace.columns.measure'),
          isRowHeader: true,
          className: 'col-name',
          cell: (row) => (
            <Link to={workspacePaths.obligation(language, row.id)}>
              {t('measure.title', { number: row.measure.number })}: <LocalizedText text={row.measure.names} />
            </Link>
          ),
        },
        { id: 'period', header: wt('workspace.columns.period'), cell: (row) => row.period },
        {
          id: 'status',
          header: wt('workspace.columns.status'),
          cell: (row) => (
            <span className="chips">
              <ObligationStatusChip status={row.status} />
              <DueSoonChip days={dueSoonDays(row, today)} />
            </span>
          ),
        },
        {
          id: 'report',
          header: wt('workspace.columns.report'),
          cell: (row) => (row.report ? <ReportStateChip state={row.report.state} /> : <span className="muted">{wt('workspace.noReport')}</span>),
        },
        {
          id: 'role',
          header: wt('workspace.columns.role'),
          cell: (row) => (row.leadExecutor.code === organizationCode ? wt('workspace.role.lead') : wt('workspace.role.coExecutor')),
        },
      ]}
    />
  );
}
