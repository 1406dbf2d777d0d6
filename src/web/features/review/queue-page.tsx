// /:lang/review: submitted reports waiting for review, earliest due first. Reviewers open one to
// accept or return it, or tick several and accept them together (all or none: the server refuses
// the lot if any one has changed or cannot be accepted, and says which).
import { useId, useRef, useState } from 'react';
import i18next from 'i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { ReportSummary } from '../../../contracts/api/reports';
import { ApiError } from '../../api/client';
import { useBulkAccept, useReviewQueue } from '../../api/workspace-queries';
import { DataTable } from '../../components/data-table';
import { LocalizedText } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { Pagination } from '../../components/pagination';
import { ErrorState, LoadingState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ChangeErrorMessage } from '../auth/problem-message';
import { RequireSession } from '../auth/require-session';
import { formatDate, formatDateTime } from '../workspace/dates';
import { ObligationStatusChip } from '../workspace/status-chips';
import { useWorkspaceText, type WorkspaceT } from '../workspace/workspace-i18n';
import { workspacePaths } from '../workspace/workspace-paths';
import { offsetParam, ReviewNav, withOffset } from './review-nav';

const PAGE_SIZE = 50;

/** Why one report cannot be accepted, in the reader's language; the server's English for a code this page does not know. */
function ItemErrorText({ code, message }: { code?: string | undefined; message: string }) {
  const { wt } = useWorkspaceText();
  const key = `review.queue.itemErrors.${code ?? ''}`;
  return code && i18next.exists(key) ? <>{wt(key as Parameters<WorkspaceT>[0])}</> : <span lang="en">{message}</span>;
}

export function QueuePage() {
  return (
    <RequireSession anyOf={['canReviewReports']}>
      <Queue />
    </RequireSession>
  );
}

function Queue() {
  const { wt, t } = useWorkspaceText();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const offset = offsetParam(searchParams);
  const queue = useReviewQueue(PAGE_SIZE, offset);
  const bulk = useBulkAccept();
  const [selected, setSelected] = useState<Map<number, number>>(new Map());
  const [message, setMessage] = useState('');
  const errors = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useDocumentTitle(wt('review.queue.title'));

  const rows = queue.data?.items ?? [];
  const selectable = rows.filter((row) => row.abilities.canAccept);
  const allSelected = selectable.length > 0 && selectable.every((row) => selected.has(row.id));

  const toggle = (row: ReportSummary) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row.version);
      return next;
    });
  const toggleAll = () => setSelected(allSelected ? new Map() : new Map(selectable.map((row) => [row.id, row.version])));

  const acceptSelected = () => {
    const reports = [...selected].map(([id, version]) => ({ id, version }));
    setMessage('');
    bulk.mutate(reports, {
      onSuccess: (result) => {
        setSelected(new Map());
        setMessage(wt('review.queue.acceptedMany', { n: formatNumber(result.accepted.length, language) }));
      },
      onError: () => requestAnimationFrame(() => errors.current?.focus()),
    });
  };

  const itemErrors = bulk.error instanceof ApiError ? (bulk.error.problem?.errors ?? []) : [];
  const rowName = (row: ReportSummary) => `${t('measure.title', { number: row.obligation.measureNumber })}, ${row.obligation.period}`;

  return (
    <article aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{wt('review.queue.title')}</h1>
        <p className="lead">{wt('review.queue.intro')}</p>
      </header>
      <ReviewNav />
      <p role="status" className="status-message">
        {message}
      </p>
      {bulk.isError && (
        <div ref={errors} className="form-errors" role="alert" tabIndex={-1}>
          <p>
            {bulk.error instanceof ApiError && bulk.error.status === 409 ? wt('review.queue.noneAccepted') : <ChangeErrorMessage error={bulk.error} />}
          </p>
          {itemErrors.length > 0 && (
            <ul>
              {itemErrors.map((item) => {
                const id = Number(item.location.replace(/^reports\./, ''));
                const row = rows.find((r) => r.id === id);
                return (
                  <li key={item.location}>
                    {row ? <Link to={workspacePaths.report(language, id)}>{rowName(row)}</Link> : item.location}: <ItemErrorText code={item.code} message={item.message} />
                  </li>
                );
              })}
            </ul>
          )}
          <p>
            <button type="button" className="button button-outline" onClick={() => { bulk.reset(); setSelected(new Map()); void queue.refetch(); }}>
              {wt('review.queue.reload')}
            </button>
          </p>
        </div>
      )}
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} level={2} onRetry={() => void queue.refetch()} />
      ) : (
        <>
          <div className="bulk-bar">
            <button type="button" className="button" disabled={selected.size === 0 || bulk.isPending} onClick={acceptSelected}>
              {wt('review.queue.acceptSelected', { n: formatNumber(selected.size, language) })}
            </button>
          </div>
          <DataTable
            caption={wt('review.queue.caption')}
            rows={rows}
            rowKey={(row) => row.id}
            isStale={queue.isPlaceholderData}
            empty={wt('review.queue.empty')}
            columns={[
              {
                id: 'select',
                header: (
                  <label className="checkbox-label">
                    <input type="checkbox" checked={allSelected} disabled={selectable.length === 0} onChange={toggleAll} />
                    <span className="visually-hidden">{wt('review.queue.selectAll')}</span>
                  </label>
                ),
                cell: (row) => (
                  <label className="checkbox-label">
                    <input type="checkbox" checked={selected.has(row.id)} disabled={!row.abilities.canAccept} onChange={() => toggle(row)} />
                    <span className="visually-hidden">{wt('review.queue.select', { name: rowName(row) })}</span>
                  </label>
                ),
              },
              { id: 'due', header: wt('workspace.columns.due'), className: 'col-date', cell: (row) => formatDate(row.obligation.due, language) },
              {
                id: 'measure',
                header: wt('workspace.columns.measure'),
                isRowHeader: true,
                className: 'col-name',
                cell: (row) => (
                  <Link to={workspacePaths.report(language, row.id)}>
                    {t('measure.title', { number: row.obligation.measureNumber })}: <LocalizedText text={row.obligation.measureNames} />
                  </Link>
                ),
              },
              { id: 'period', header: wt('workspace.columns.period'), cell: (row) => row.obligation.period },
              { id: 'executor', header: wt('review.columns.executor'), cell: (row) => <OrganizationName organization={row.organization} /> },
              {
                id: 'declared',
                header: wt('reports.fields.declaredStatus'),
                cell: (row) => (
                  <>
                    {wt(`reports.declared.${row.declaredStatus}`)}, {row.percentDone}%
                  </>
                ),
              },
              { id: 'status', header: wt('workspace.columns.status'), cell: (row) => <ObligationStatusChip status={row.obligation.status} /> },
              {
                id: 'submitted',
                header: wt('review.columns.submitted'),
                cell: (row) => (
                  <>
                    {row.lastSubmittedAt ? formatDateTime(row.lastSubmittedAt, language) : '—'}
                    {!row.abilities.canAccept && <span className="muted small"> {wt('review.queue.ownReport')}</span>}
                  </>
                ),
              },
            ]}
          />
          <Pagination total={queue.data.total} limit={queue.data.limit} offset={queue.data.offset} hrefFor={(next) => withOffset(location.pathname, searchParams, next)} />
        </>
      )}
    </article>
  );
}
