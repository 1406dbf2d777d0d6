// /:lang/people: the admins' page of people. The users who can sign in (e-mail, name, organisation,
// roles, active or disabled) a page at a time, filtered by text and organisation; adding a person
// (the generated password is shown once) and changing one (sent with the version loaded; someone
// else's change meanwhile is never overwritten). Only for users who may manage users.
import { useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { User } from '../../../contracts/api/auth';
import { DataTable, type Column } from '../../components/data-table';
import { Pagination } from '../../components/pagination';
import { ErrorState, LoadingState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { formatDateTime } from '../workspace/dates';
import { useOrganizationOptions } from './organization-options';
import { usePeopleText } from './people-i18n';
import { peoplePaths } from './people-paths';
import { PEOPLE_PAGE_SIZE, useUsers, type CreatedUser } from './people-queries';
import { filterUsers, PEOPLE_ABILITY, PERSON_ROLES, type PeopleFilter } from './people-state';
import { AddPersonForm, EditPersonForm, OneTimePassword } from './person-form';
import '../workspace/workspace.css';
import './people.css';

export function PeoplePage() {
  return (
    <RequireSession anyOf={[PEOPLE_ABILITY]}>
      <People />
    </RequireSession>
  );
}

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; userId: number };

function People() {
  const { pt } = usePeopleText();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const offsetParam = Number(searchParams.get('offset') ?? 0);
  const offset = Number.isInteger(offsetParam) && offsetParam > 0 ? offsetParam : 0;
  const users = useUsers(offset);
  const organizations = useOrganizationOptions();
  const [filter, setFilter] = useState<PeopleFilter>({ text: '', organizationCode: '' });
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [created, setCreated] = useState<CreatedUser | null>(null);
  const [message, setMessage] = useState('');
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const filterHintId = useId();
  useDocumentTitle(pt('people.title'));
  const number = (value: number) => formatNumber(value, language);

  const close = () => {
    setEditing({ kind: 'none' });
    addButtonRef.current?.focus();
  };

  const loaded = users.data?.items ?? [];
  const shown = filterUsers(loaded, filter);
  const editedUser = editing.kind === 'edit' ? loaded.find((user) => user.id === editing.userId) : undefined;
  const hasFilters = filter.text.trim() !== '' || filter.organizationCode !== '';

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
        <button
          type="button"
          className="button button-outline"
          aria-label={pt('people.list.editLabel', { name: user.name })}
          aria-expanded={editing.kind === 'edit' && editing.userId === user.id}
          onClick={() => {
            setMessage('');
            setCreated(null);
            setEditing({ kind: 'edit', userId: user.id });
          }}
        >
          {pt('people.list.edit')}
        </button>
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
      {created && (
        <OneTimePassword
          created={created}
          onDone={() => {
            setCreated(null);
            addButtonRef.current?.focus();
          }}
        />
      )}
      {editing.kind === 'none' && (
        <p className="actions-row people-add">
          <button
            ref={addButtonRef}
            type="button"
            className="button"
            onClick={() => {
              setMessage('');
              setCreated(null);
              setEditing({ kind: 'add' });
            }}
          >
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
            setCreated(result.generatedPassword ? result : null);
            setEditing({ kind: 'none' });
          }}
        />
      )}
      {editing.kind === 'edit' &&
        (editedUser ? (
          <EditPersonForm
            key={`${editedUser.id}-${editedUser.version}`}
            user={editedUser}
            organizations={organizations.options}
            onCancel={close}
            onSaved={(saved) => {
              setMessage(saved ? pt('people.form.saved', { email: saved.email, version: saved.version }) : pt('people.form.unchanged'));
              close();
            }}
            onReload={() => void users.refetch()}
          />
        ) : (
          users.isSuccess && (
            <div className="panel people-form">
              <p>{pt('people.gone')}</p>
              <button type="button" className="button button-outline" onClick={close}>
                {pt('people.form.cancel')}
              </button>
            </div>
          )
        ))}

      {/* GET /api/v1/users takes only limit and offset: the filters work on the loaded page, client-side. */}
      <form role="search" aria-label={pt('people.filters.label')} className="filters" onSubmit={(event) => event.preventDefault()}>
        <label className="field field-grow">
          <span className="field-label">{pt('people.filters.text')}</span>
          <input type="search" value={filter.text} aria-describedby={filterHintId} onChange={(event) => setFilter((current) => ({ ...current, text: event.target.value }))} />
        </label>
        <label className="field">
          <span className="field-label">{pt('people.filters.organization')}</span>
          <select value={filter.organizationCode} aria-describedby={filterHintId} onChange={(event) => setFilter((current) => ({ ...current, organizationCode: event.target.value }))}>
            <option value="">{pt('people.filters.anyOrganization')}</option>
            {organizations.options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        {hasFilters && (
          <p className="actions-row people-filter-clear">
            <button type="button" className="button button-quiet" onClick={() => setFilter({ text: '', organizationCode: '' })}>
              {pt('people.filters.clear')}
            </button>
          </p>
        )}
        <p id={filterHintId} className="field-hint people-fill">
          {pt('people.filters.pageOnly')}
        </p>
      </form>

      {users.isPending ? (
        <LoadingState />
      ) : users.isError ? (
        <ErrorState error={users.error} level={2} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <p className="people-summary" aria-live="polite">
            {pt('people.list.summary', { shown: number(shown.length), total: number(users.data.items.length) })}
          </p>
          <DataTable caption={pt('people.list.caption')} rows={shown} rowKey={(user) => user.id} empty={pt('people.list.empty')} columns={columns} isStale={users.isPlaceholderData} />
          <Pagination total={users.data.total} limit={PEOPLE_PAGE_SIZE} offset={offset} hrefFor={(next) => peoplePaths.list(language, next)} />
        </>
      )}
    </article>
  );
}
