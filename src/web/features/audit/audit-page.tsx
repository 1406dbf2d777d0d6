// /:lang/audit: every recorded change, newest first: who, when, what, and the values before and
// after, filtered by entity, action, person and dates, in pages. Filters live in the address.
import { useId } from 'react';
import i18next from 'i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { AuditEntryView, AuditVerificationView } from '../../../contracts/api/audit';
import { useAudit, useVerifyAudit, type AuditFilters } from '../../api/workspace-queries';
import { formatNumber } from '../../lib/format';
import { ChangeErrorMessage } from '../auth/problem-message';
import { DataTable } from '../../components/data-table';
import { Pagination } from '../../components/pagination';
import { ErrorState, LoadingState } from '../../components/status-states';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../lib/language-context';
import { useChangeAddressFilters } from '../../lib/use-change-address-filters';
import { useDebouncedSearchText } from '../../lib/use-debounced-search-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { ReviewNav, offsetParam, withOffset } from '../review/review-nav';
import { formatDateTime } from '../workspace/dates';
import { useWorkspaceText, type WorkspaceT } from '../workspace/workspace-i18n';
import { workspacePaths } from '../workspace/workspace-paths';
import { describeChanges } from './audit-changes';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './audit-vocabulary';
import '../workspace/workspace.css';

const PAGE_SIZE = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readFilters(params: URLSearchParams): AuditFilters {
  const type = params.get('type') ?? '';
  const id = (params.get('id') ?? '').trim();
  const actor = Number(params.get('actor'));
  const action = params.get('action') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const isType = (AUDIT_ENTITY_TYPES as readonly string[]).includes(type);
  return {
    ...(isType ? { entity: /^[A-Za-z0-9_-]+$/.test(id) ? `${type}:${id}` : type } : {}),
    ...(Number.isInteger(actor) && actor > 0 ? { actor } : {}),
    ...((AUDIT_ACTIONS as readonly string[]).includes(action) ? { action } : {}),
    ...(DATE.test(from) ? { from } : {}),
    ...(DATE.test(to) ? { to } : {}),
    limit: PAGE_SIZE,
    offset: offsetParam(params),
  };
}

/** What does not match, in the reader's language; the server's English reason for a kind this page does not know. */
function ChainBreakText({ firstBadRow, count }: { firstBadRow: NonNullable<AuditVerificationView['firstBadRow']>; count: number }) {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const key = `audit.verify.kinds.${firstBadRow.kind}`;
  if (!i18next.exists(key)) return <span lang="en">{firstBadRow.reason}</span>;
  const position = firstBadRow.position === null ? '' : formatNumber(firstBadRow.position, language);
  return <>{wt(key as Parameters<WorkspaceT>[0], { id: firstBadRow.id, position, expected: formatNumber(count + 1, language) })}</>;
}

export function actionLabel(action: string, wt: WorkspaceT): string {
  const key = `audit.actions.${action}`;
  return i18next.exists(key) ? wt(key as Parameters<WorkspaceT>[0]) : action;
}

export function AuditPage() {
  return (
    <RequireSession anyOf={['canReadAudit']}>
      <Audit />
    </RequireSession>
  );
}

function Audit() {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const changeFilters = useChangeAddressFilters();
  const filters = readFilters(searchParams);
  const audit = useAudit(filters);
  const titleId = useId();
  const ids = { type: useId(), id: useId(), action: useId(), from: useId(), to: useId() };
  useDocumentTitle(wt('audit.title'));

  const set = (key: string, value: string) =>
    changeFilters((params) => {
      if (value) params.set(key, value);
      else params.delete(key);
      if (key === 'type' && !value) params.delete('id');
    });
  const actorName = audit.data?.items.find((item) => item.actor?.id === filters.actor)?.actor?.name;

  return (
    <article aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{wt('audit.title')}</h1>
        <p className="lead">{wt('audit.intro')}</p>
      </header>
      <ReviewNav />
      <ChainCheck />
      <form className="filters" role="search" aria-label={wt('audit.filters.label')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.type} className="field-label">
            {wt('audit.filters.entity')}
          </label>
          <select id={ids.type} value={searchParams.get('type') ?? ''} onChange={(event) => set('type', event.target.value)}>
            <option value="">{wt('audit.filters.anyEntity')}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {wt(`audit.entities.${type}`)}
              </option>
            ))}
          </select>
        </div>
        {searchParams.get('type') && <EntityIdField id={ids.id} value={searchParams.get('id') ?? ''} onChange={(value) => set('id', value)} />}
        <div className="field">
          <label htmlFor={ids.action} className="field-label">
            {wt('audit.filters.action')}
          </label>
          <select id={ids.action} value={filters.action ?? ''} onChange={(event) => set('action', event.target.value)}>
            <option value="">{wt('audit.filters.anyAction')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action, wt)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from} className="field-label">
            {wt('audit.filters.from')}
          </label>
          <input id={ids.from} type="date" value={filters.from ?? ''} onChange={(event) => set('from', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.to} className="field-label">
            {wt('audit.filters.to')}
          </label>
          <input id={ids.to} type="date" value={filters.to ?? ''} onChange={(event) => set('to', event.target.value)} />
        </div>
        {filters.actor && (
          <p className="filter-chip">
            {wt('audit.filters.byPerson', { name: actorName ?? `#${filters.actor}` })}{' '}
            <button type="button" className="button button-quiet" onClick={() => set('actor', '')}>
              {wt('audit.filters.clearPerson')}
            </button>
          </p>
        )}
        {[...searchParams.keys()].some((key) => key !== 'offset') && (
          <button type="button" className="button button-secondary" onClick={() => setSearchParams(new URLSearchParams(), { replace: true })}>
            {wt('workspace.filters.clear')}
          </button>
        )}
      </form>
      {audit.isPending ? (
        <LoadingState />
      ) : audit.isError ? (
        <ErrorState error={audit.error} level={2} onRetry={() => void audit.refetch()} />
      ) : (
        <>
          <DataTable
            caption={wt('audit.caption')}
            rows={audit.data.items}
            rowKey={(row) => row.id}
            isStale={audit.isPlaceholderData}
            empty={wt('audit.empty')}
            columns={[
              { id: 'at', header: wt('audit.columns.at'), className: 'col-date', cell: (row) => <time dateTime={row.at}>{formatDateTime(row.at, language)}</time> },
              {
                id: 'actor',
                header: wt('audit.columns.actor'),
                cell: (row) =>
                  row.actor ? (
                    <Link to={withParam(location.pathname, searchParams, 'actor', String(row.actor.id))} title={row.actor.email ?? undefined}>
                      {row.actor.name ?? `#${row.actor.id}`}
                    </Link>
                  ) : (
                    <span className="muted">
                      {wt('audit.system')}
                      {/* The program and the operating-system account: not translated, like a file name. */}
                      {row.systemActor && (
                        <>
                          <br />
                          <small className="audit-system-actor">{row.systemActor}</small>
                        </>
                      )}
                    </span>
                  ),
              },
              { id: 'action', header: wt('audit.columns.action'), isRowHeader: true, cell: (row) => actionLabel(row.action, wt) },
              { id: 'entity', header: wt('audit.columns.entity'), cell: (row) => <EntityLink row={row} language={language} wt={wt} /> },
              { id: 'changes', header: wt('audit.columns.changes'), className: 'col-changes', cell: (row) => <Changes row={row} /> },
            ]}
          />
          <Pagination total={audit.data.total} limit={audit.data.limit} offset={audit.data.offset} hrefFor={(next) => withOffset(location.pathname, searchParams, next)} />
        </>
      )}
    </article>
  );
}

/**
 * The entity id, sent once typing pauses. Shown only with an entity type, so that choosing no type
 * (or clearing the filters) also drops an id still waiting to be sent.
 */
function EntityIdField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { wt } = useWorkspaceText();
  const [text, setText] = useDebouncedSearchText(value, (next) => onChange(next ?? ''));
  return (
    <div className="field field-narrow">
      <label htmlFor={id} className="field-label">
        {wt('audit.filters.entityId')}
      </label>
      <input id={id} type="search" inputMode="numeric" value={text} onChange={(event) => setText(event.target.value)} />
    </div>
  );
}

/** Verifies the hash chain on request and says whether the trail is intact, or which row is not. */
function ChainCheck() {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <div className="chain-check">
      <button type="button" className="button button-outline" disabled={verify.isPending} onClick={() => verify.mutate()}>
        {verify.isPending ? wt('audit.verify.checking') : wt('audit.verify.button')}
      </button>
      <p role="status" className={result && !result.ok ? 'chain-result is-broken' : 'chain-result'}>
        {result?.ok && wt('audit.verify.intact', { rows: formatNumber(result.count, language) })}
        {result && !result.ok && (
          <>
            {wt('audit.verify.broken', { id: result.firstBadRow?.id ?? '?', rows: formatNumber(result.count, language) })}{' '}
            {result.firstBadRow && <ChainBreakText firstBadRow={result.firstBadRow} count={result.count} />}
          </>
        )}
        {verify.isError && <ChangeErrorMessage error={verify.error} />}
      </p>
    </div>
  );
}

function withParam(pathname: string, params: URLSearchParams, key: string, value: string): string {
  const next = new URLSearchParams(params);
  next.set(key, value);
  next.delete('offset');
  return `${pathname}?${next.toString()}`;
}

function EntityLink({ row, language, wt }: { row: AuditEntryView; language: Language; wt: WorkspaceT }) {
  const known = (AUDIT_ENTITY_TYPES as readonly string[]).includes(row.entityType);
  const label = `${known ? wt(`audit.entities.${row.entityType as (typeof AUDIT_ENTITY_TYPES)[number]}`) : row.entityType} ${row.entityId}`;
  if (row.entityType === 'report' && /^\d+$/.test(row.entityId)) return <Link to={workspacePaths.report(language, Number(row.entityId))}>{label}</Link>;
  return <>{label}</>;
}

function Changes({ row }: { row: AuditEntryView }) {
  const { wt } = useWorkspaceText();
  const changes = describeChanges(row.before, row.after);
  return (
    <>
      {changes.length === 0 ? (
        <span className="muted">{wt('audit.noChanges')}</span>
      ) : (
        <ul className="change-list">
          {changes.map((change) => (
            <li key={change.field}>
              {change.field && <code>{change.field}</code>}{' '}
              {change.before !== null && (
                <>
                  <del>
                    <span className="visually-hidden">{wt('audit.before')} </span>
                    {change.before}
                  </del>{' '}
                  <span aria-hidden="true">→</span>{' '}
                </>
              )}
              {change.after !== null ? (
                <ins>
                  <span className="visually-hidden">{wt('audit.after')} </span>
                  {change.after}
                </ins>
              ) : (
                <span className="muted">{wt('audit.removed')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="audit-json">
        <summary>{wt('audit.fullRecord')}</summary>
        <div className="audit-json-grid">
          <div>
            <h4>{wt('audit.before')}</h4>
            <pre>{JSON.stringify(row.before, null, 2)}</pre>
          </div>
          <div>
            <h4>{wt('audit.after')}</h4>
            <pre>{JSON.stringify(row.after, null, 2)}</pre>
          </div>
        </div>
      </details>
    </>
  );
}
