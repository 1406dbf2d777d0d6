// /:lang/people: the admins' page of people. The users who can sign in (e-mail, name, organisation,
// roles, active or disabled) a page at a time, filtered by the server by text, organisation, role and
// status (the filters live in the address); adding a person (the generated password is shown once),
// changing one (sent with the version loaded; someone else's change meanwhile is never overwritten)
// and resetting one's password (asked first; the generated password is shown once). Only for users
// who may manage users.
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { User } from '../../../contracts/api/auth';
import { DataTable, type Column } from '../../components/data-table';
import { Pagination } from '../../components/pagination';
import { ErrorState, LoadingState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { useChangeAddressFilters } from '../../lib/use-change-address-filters';
import { useDebouncedSearchText } from '../../lib/use-debounced-search-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { formatDateTime } from '../workspace/dates';
import { useOrganizationOptions } from './organization-options';
import { usePeopleText } from './people-i18n';
import { offsetParam, withOffset } from '../review/review-nav';
import { PEOPLE_PAGE_SIZE, useUsers } from './people-queries';
import { hasPeopleFilter, PEOPLE_ABILITY, PEOPLE_FILTER_KEYS, PERSON_ROLES, readPeopleFilter, type PeopleFilter } from './people-state';
import { AddPersonForm, EditPersonForm, OneTimePassword, ResetPasswordForm } from './person-form';
import '../workspace/workspace.css';
import './people.css';

export function PeoplePage() {
  return (
    <RequireSession anyOf={[PEOPLE_ABILITY]}>
      <People />
    </RequireSession>
  );
}

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; userId: number } | { kind: 'reset'; userId: number };

/** Where the focus goes back when a panel closes: the button that opened it, or the add button. */
type FocusReturn = HTMLElement | 'add' | null;

function People() {
  const { pt } = usePeopleText();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const changeFilters = useChangeAddressFilters();
  const location = useLocation();
  const filter = readPeopleFilter(searchParams);
  const offset = offsetParam(searchParams);
  const users = useUsers(filter, offset);
  const organizations = useOrganizationOptions();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [oneTime, setOneTime] = useState<{ email: string; password: string } | null>(null);
  const [message, setMessage] = useState('');
  const [focusReturn, setFocusReturn] = useState<FocusReturn>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const ids = { q: useId(), organization: useId(), role: useId(), disabled: useId() };
  useDocumentTitle(pt('people.title'));
  const number = (value: number) => formatNumber(value, language);

  // After a panel closes (and is gone from the page), back to where the admin was.
  useEffect(() => {
    if (focusReturn === null || editing.kind !== 'none' || oneTime) return;
    const target = focusReturn === 'add' || !focusReturn.isConnected ? addButtonRef.current : focusReturn;
    target?.focus();
    setFocusReturn(null);
  }, [focusReturn, editing, oneTime]);

  const openerRef = useRef<HTMLElement | 'add'>('add');
  const open = (next: Editing, opener: HTMLElement | 'add') => {
    setMessage('');
    setOneTime(null);
    setFocusReturn(null);
    setEditing(next);
    openerRef.current = opener;
  };
  const close = () => {
    setEditing({ kind: 'none' });
    setFocusReturn(openerRef.current);
  };

  const setFilter = (key: keyof PeopleFilter, value: string) =>
    changeFilters((params) => {
      if (value) params.set(key, value);
      else params.delete(key);
    });
  const [text, setText] = useDebouncedSearchText(filter.q, (q) => setFilter('q', q ?? ''));
  const clearFilters = () => {
    setText(''); // empties the field and drops a search still waiting to be sent
    changeFilters((params) => {
      for (const key of PEOPLE_FILTER_KEYS) params.delete(key);
    });
  };

  const loaded = users.data?.items ?? [];
  const targetUser = editing.kind === 'edit' || editing.kind === 'reset' ? loaded.find((user) => user.id === editing.userId) : undefined;
  const hasFilters = hasPeopleFilter(filter);

  const columns: Column<User>[] = [
    { id: 'email', header: pt('people.list.columns.email'), isRowHeader: true, cell: (user) => user.email },
    { id: 'name', header: pt('people.list.columns.name'), cell: (user) => user.name },
    { id: 'organization', header: pt('people.list.columns.organization'), cell: (user) => organizations.labelOf(user.organizationCode) },
    {
      id: 'roles',
      header: pt('people.list.columns.roles'),
      cell: (user) =>
        PERSON_ROLES.filter((role) => user.roles.includes(role))
          .map((role) => pt(`people.roles.${role}`))
          .join(', '),
    },
    {
      id: 'state',
      header: pt('people.list.columns.state'),
      cell: (user) => (
        <>
          <span className={user.isDisabled ? 'chip people-chip-disabled' : 'chip people-chip-active'}>{user.isDisabled ? pt('people.state.disabled') : pt('people.state.active')}</span>
          {user.lockedUntil && Date.parse(user.lockedUntil) > Date.now() && <span className="field-hint people-locked">{pt('people.state.locked', { time: formatDateTime(user.lockedUntil, language) })}</span>}
        </>
      ),
    },
    {
      id: 'actions',
      header: pt('people.list.columns.actions'),
      cell: (user) => (
        <span className="actions-row people-row-actions">
          <button
            type="button"
            className="button button-outline"
            aria-label={pt('people.list.editLabel', { name: user.name })}
            aria-expanded={editing.kind === 'edit' && editing.userId === user.id}
            onClick={(event) => open({ kind: 'edit', userId: user.id }, event.currentTarget)}
          >
            {pt('people.list.edit')}
          </button>
          <button
            type="button"
            className="button button-outline"
            aria-label={pt('people.list.resetLabel', { name: user.name })}
            aria-expanded={editing.kind === 'reset' && editing.userId === user.id}
            onClick={(event) => open({ kind: 'reset', userId: user.id }, event.currentTarget)}
          >
            {pt('people.list.reset')}
          </button>
        </span>
      ),
    },
  ];

  return (
    <article aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{pt('people.title')}</h1>
        <p className="lead">{pt('people.intro')}</p>
      </header>
      <p className="status-message" role="status" aria-live="polite">
        {message}
      </p>
      {oneTime && (
        <OneTimePassword
          email={oneTime.email}
          password={oneTime.password}
          onDone={() => {
            setOneTime(null);
            setFocusReturn(openerRef.current);
          }}
        />
      )}
      {editing.kind === 'none' && (
        <p className="actions-row people-add">
          <button ref={addButtonRef} type="button" className="button" onClick={() => open({ kind: 'add' }, 'add')}>
            {pt('people.form.add')}
          </button>
        </p>
      )}
      {editing.kind === 'add' && (
        <AddPersonForm
          organizations={organizations.options}
          onCancel={close}
          onCreated={(result) => {
            setMessage(pt('people.form.created', { email: result.user.email }));
            setOneTime(result.generatedPassword ? { email: result.user.email, password: result.generatedPassword } : null);
            close();
          }}
        />
      )}
      {editing.kind === 'reset' && targetUser && (
        <ResetPasswordForm
          key={targetUser.id}
          user={targetUser}
          onCancel={close}
          onReset={(password) => {
            setMessage(pt('people.reset.done', { email: targetUser.email }));
            setOneTime({ email: targetUser.email, password });
            close();
          }}
        />
      )}
      {editing.kind === 'edit' && targetUser && (
        <EditPersonForm
          key={`${targetUser.id}-${targetUser.version}`}
          user={targetUser}
          organizations={organizations.options}
          onCancel={close}
          onSaved={(saved) => {
            setMessage(saved ? pt('people.form.saved', { email: saved.email, version: saved.version }) : pt('people.form.unchanged'));
            close();
          }}
          onReload={() => void users.refetch()}
        />
      )}
      {(editing.kind === 'edit' || editing.kind === 'reset') && !targetUser && users.isSuccess && (
        <div className="panel people-form">
          <p>{pt('people.gone')}</p>
          <button type="button" className="button button-outline" onClick={close}>
            {pt('people.form.cancel')}
          </button>
        </div>
      )}

      <form role="search" aria-label={pt('people.filters.label')} className="filters" onSubmit={(event) => event.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor={ids.q} className="field-label">
            {pt('people.filters.text')}
          </label>
          <input id={ids.q} type="search" maxLength={200} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.organization} className="field-label">
            {pt('people.filters.organization')}
          </label>
          <select id={ids.organization} value={filter.organization} onChange={(event) => setFilter('organization', event.target.value)}>
            <option value="">{pt('people.filters.anyOrganization')}</option>
            {filter.organization && !organizations.options.some((option) => option.code === filter.organization) && <option value={filter.organization}>{filter.organization}</option>}
            {organizations.options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.role} className="field-label">
            {pt('people.filters.role')}
          </label>
          <select id={ids.role} value={filter.role} onChange={(event) => setFilter('role', event.target.value)}>
            <option value="">{pt('people.filters.anyRole')}</option>
            {PERSON_ROLES.map((role) => (
              <option key={role} value={role}>
                {pt(`people.roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.disabled} className="field-label">
            {pt('people.filters.state')}
          </label>
          <select id={ids.disabled} value={filter.disabled} onChange={(event) => setFilter('disabled', event.target.value)}>
            <option value="">{pt('people.filters.anyState')}</option>
            <option value="false">{pt('people.state.active')}</option>
            <option value="true">{pt('people.state.disabled')}</option>
          </select>
        </div>
        {hasFilters && (
          <p className="actions-row people-filter-clear">
            <button type="button" className="button button-quiet" onClick={clearFilters}>
              {pt('people.filters.clear')}
            </button>
          </p>
        )}
      </form>

      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState error={users.error} level={2} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <p className="people-summary" aria-live="polite">
            {pt('people.list.summary', { shown: number(loaded.length), total: number(users.data.total) })}
          </p>
          <DataTable caption={pt('people.list.caption')} rows={loaded} rowKey={(user) => user.id} empty={pt(hasFilters ? 'people.list.empty' : 'people.list.none')} columns={columns} isStale={users.isPlaceholderData} />
          <Pagination total={users.data.total} limit={PEOPLE_PAGE_SIZE} offset={offset} hrefFor={(next) => withOffset(location.pathname, searchParams, next)} />
        </>
      )}
    </article>
  );
}
