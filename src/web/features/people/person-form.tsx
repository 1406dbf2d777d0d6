// The admin's forms for a person: adding one (e-mail, name, organisation, roles; the server generates
// the password) and changing one (name, organisation, roles, disabled), sent with the version it was
// loaded at. Problems are listed in an announced summary that links to each field, and the fields are
// marked; someone else's change meanwhile (409) stops the form with a notice that offers to reload.
// Resetting a password is asked first; the generated password, like a new person's, is shown once.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { User } from '../../../contracts/api/auth';
import { FormErrorSummary } from '../../components/form-error-summary';
import { ChangeErrorAlert } from '../../components/change-error-alert';
import type { OrganizationOption } from './organization-options';
import { usePeopleText } from './people-i18n';
import { useCreateUser, useResetPassword, useUpdateUser, type CreatedUser } from './people-queries';
import { changesOf, checkPerson, emptyPerson, PERSON_ROLES, personOf, saveFailureOf, withRole, type PersonField, type PersonProblem, type PersonValues } from './people-state';

interface FieldIds {
  email: string;
  name: string;
  organizationCode: string;
  roles: string;
  disabled: string;
}

function useFieldIds(): FieldIds & { base: string; errorOf: (field: PersonField) => string; roleOf: (role: string) => string } {
  const base = useId();
  return {
    base,
    email: `${base}-email`,
    name: `${base}-name`,
    organizationCode: `${base}-organization`,
    roles: `${base}-roles`,
    disabled: `${base}-disabled`,
    errorOf: (field) => `${base}-${field}-error`,
    roleOf: (role) => `${base}-role-${role}`,
  };
}

/** Where a problem's link and the focus go: the field, or the first role box. */
function targetOf(ids: ReturnType<typeof useFieldIds>, field: PersonField): string {
  return field === 'roles' ? ids.roleOf(PERSON_ROLES[0] ?? 'admin') : ids[field];
}

interface PersonFormProps {
  organizations: OrganizationOption[];
  onCancel: () => void;
}

export function AddPersonForm({ organizations, onCancel, onCreated }: PersonFormProps & { onCreated: (created: CreatedUser) => void }) {
  const { pt } = usePeopleText();
  const create = useCreateUser();
  const [values, setValues] = useState<PersonValues>(emptyPerson);
  const [problems, setProblems] = useState<PersonProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [checkCount, setCheckCount] = useState(0);
  const ids = useFieldIds();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = checkPerson(values, 'create');
    setProblems(found);
    if (found.length > 0) {
      setCheckCount((count) => count + 1);
      return;
    }
    try {
      onCreated(await create.mutateAsync({ email: values.email.trim(), name: values.name.trim(), organizationCode: values.organizationCode, roles: values.roles }));
    } catch (caught) {
      const failure = saveFailureOf(caught, 'create');
      if (failure.kind === 'field') {
        setProblems([failure.problem]);
        setCheckCount((count) => count + 1);
      } else setError(caught);
    }
  };

  return (
    <FormPanel title={pt('people.form.addTitle')} intro={pt('people.form.addIntro')}>
      <form className="stacked-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={create.isPending}>
        <ProblemSummary problems={problems} error={error} ids={ids} focusSignal={checkCount} />
        <PersonFields mode="create" values={values} onChange={setValues} problems={problems} onFieldChanged={(field) => setProblems((current) => current.filter((p) => p.field !== field))} ids={ids} organizations={organizations} disabled={create.isPending} />
        <p className="actions-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? pt('people.form.creating') : pt('people.form.create')}
          </button>
          <button type="button" className="button button-outline" onClick={onCancel}>
            {pt('people.form.cancel')}
          </button>
        </p>
      </form>
    </FormPanel>
  );
}

interface EditPersonFormProps extends PersonFormProps {
  user: User;
  onSaved: (user: User | null) => void;
  /** After a conflict: read the list again (the page then shows a fresh form for the new version). */
  onReload: () => void;
}

export function EditPersonForm({ user, organizations, onCancel, onSaved, onReload }: EditPersonFormProps) {
  const { pt } = usePeopleText();
  const update = useUpdateUser();
  const [values, setValues] = useState<PersonValues>(() => personOf(user));
  const [problems, setProblems] = useState<PersonProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [isConflict, setIsConflict] = useState(false);
  const [checkCount, setCheckCount] = useState(0);
  const conflictRef = useRef<HTMLDivElement>(null);
  const ids = useFieldIds();

  useEffect(() => {
    if (isConflict) conflictRef.current?.focus();
  }, [isConflict]);

  const isLocked = update.isPending || isConflict;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = checkPerson(values, 'edit');
    setProblems(found);
    if (found.length > 0) {
      setCheckCount((count) => count + 1);
      return;
    }
    const changes = changesOf(user, values);
    if (Object.keys(changes).length === 0) {
      onSaved(null);
      return;
    }
    try {
      onSaved(await update.mutateAsync({ id: user.id, version: user.version, changes }));
    } catch (caught) {
      const failure = saveFailureOf(caught, 'edit');
      if (failure.kind === 'conflict') setIsConflict(true);
      else setError(caught);
    }
  };

  return (
    <FormPanel title={pt('people.form.editTitle', { name: user.name })} intro={`${user.email} · ${pt('people.form.version', { version: user.version })}`}>
      {isConflict && (
        <div ref={conflictRef} className="conflict-notice" role="alert" aria-labelledby={`${ids.base}-conflict`} tabIndex={-1}>
          <h3 id={`${ids.base}-conflict`}>{pt('people.conflict.title')}</h3>
          <p>{pt('people.conflict.text')}</p>
          <p className="actions-row">
            <button type="button" className="button" onClick={onReload}>
              {pt('people.conflict.reload')}
            </button>
          </p>
        </div>
      )}
      <form className="stacked-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={update.isPending}>
        <ProblemSummary problems={problems} error={error} ids={ids} focusSignal={checkCount} />
        <PersonFields mode="edit" values={values} onChange={setValues} problems={problems} onFieldChanged={(field) => setProblems((current) => current.filter((p) => p.field !== field))} ids={ids} organizations={organizations} disabled={isLocked} />
        <p className="actions-row">
          <button type="submit" className="button" disabled={isLocked}>
            {update.isPending ? pt('people.form.saving') : pt('people.form.save')}
          </button>
          <button type="button" className="button button-outline" onClick={onCancel}>
            {pt('people.form.cancel')}
          </button>
        </p>
      </form>
    </FormPanel>
  );
}

/** A panel with its heading, focused when it opens so that keyboard and screen reader users land in it. */
function FormPanel({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="panel people-form" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p className="section-intro">{intro}</p>
      {children}
    </section>
  );
}

/** The problems found by a save, announced (see FormErrorSummary for `focusSignal`). */
function ProblemSummary({ problems, error, ids, focusSignal }: { problems: PersonProblem[]; error: unknown; ids: ReturnType<typeof useFieldIds>; focusSignal: number }) {
  const { pt } = usePeopleText();
  const links = problems.map((problem) => ({ key: problem.field, targetId: targetOf(ids, problem.field), text: pt(`people.form.errors.${problem.code}`) }));
  return <FormErrorSummary title={pt('people.form.errorsTitle')} problems={links} error={error} focusSignal={focusSignal} />;
}

interface PersonFieldsProps {
  mode: 'create' | 'edit';
  values: PersonValues;
  onChange: (update: (current: PersonValues) => PersonValues) => void;
  problems: PersonProblem[];
  onFieldChanged: (field: PersonField) => void;
  ids: ReturnType<typeof useFieldIds>;
  organizations: OrganizationOption[];
  disabled: boolean;
}

function PersonFields({ mode, values, onChange, problems, onFieldChanged, ids, organizations, disabled }: PersonFieldsProps) {
  const { pt } = usePeopleText();
  const problemOf = (field: PersonField) => problems.find((p) => p.field === field);
  const set = <K extends keyof PersonValues>(field: K, value: PersonValues[K]) => {
    onChange((current) => ({ ...current, [field]: value }));
    if (field !== 'isDisabled') onFieldChanged(field as PersonField);
  };
  const invalid = (field: PersonField) => (problemOf(field) ? true : undefined);
  const describedBy = (field: PersonField, hint?: string) => [hint, problemOf(field) ? ids.errorOf(field) : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: PersonField) => {
    const problem = problemOf(field);
    return problem ? (
      <span id={ids.errorOf(field)} className="people-field-error">
        {pt(`people.form.errors.${problem.code}`)}
      </span>
    ) : null;
  };
  const rolesHint = `${ids.roles}-hint`;
  const disabledHint = `${ids.disabled}-hint`;

  return (
    <fieldset className="people-fields" disabled={disabled}>
      {mode === 'create' && (
        <div className="field">
          <label htmlFor={ids.email} className="field-label">
            {pt('people.form.email')}
          </label>
          <input id={ids.email} type="email" autoComplete="off" spellCheck={false} maxLength={254} value={values.email} aria-invalid={invalid('email')} aria-describedby={describedBy('email')} onChange={(event) => set('email', event.target.value)} />
          {fieldError('email')}
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.name} className="field-label">
          {pt('people.form.name')}
        </label>
        <input id={ids.name} type="text" autoComplete="off" maxLength={200} value={values.name} aria-invalid={invalid('name')} aria-describedby={describedBy('name')} onChange={(event) => set('name', event.target.value)} />
        {fieldError('name')}
      </div>
      <div className="field">
        <label htmlFor={ids.organizationCode} className="field-label">
          {pt('people.form.organization')}
        </label>
        <select id={ids.organizationCode} value={values.organizationCode} aria-invalid={invalid('organizationCode')} aria-describedby={describedBy('organizationCode')} onChange={(event) => set('organizationCode', event.target.value)}>
          <option value="">{pt('people.form.chooseOrganization')}</option>
          {values.organizationCode && !organizations.some((option) => option.code === values.organizationCode) && <option value={values.organizationCode}>{values.organizationCode}</option>}
          {organizations.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
        {fieldError('organizationCode')}
      </div>
      <fieldset className="radio-group" aria-describedby={describedBy('roles', rolesHint)}>
        <legend className="field-label">{pt('people.form.roles')}</legend>
        <span id={rolesHint} className="field-hint people-fill">
          {pt('people.form.rolesHint')}
        </span>
        {PERSON_ROLES.map((role) => (
          <label key={role} className="radio">
            <input id={ids.roleOf(role)} type="checkbox" checked={values.roles.includes(role)} onChange={(event) => set('roles', withRole(values.roles, role, event.target.checked))} />
            {pt(`people.roles.${role}`)}
          </label>
        ))}
        {fieldError('roles')}
      </fieldset>
      {mode === 'edit' && (
        <div className="field">
          <label className="radio">
            <input id={ids.disabled} type="checkbox" checked={values.isDisabled} aria-describedby={disabledHint} onChange={(event) => set('isDisabled', event.target.checked)} />
            {pt('people.form.disabled')}
          </label>
          <span id={disabledHint} className="field-hint">
            {pt('people.form.disabledHint')}
          </span>
        </div>
      )}
    </fieldset>
  );
}

/**
 * A generated password (a new person's, or a reset one), shown once: focused when it appears, gone
 * for good when dismissed.
 */
export function OneTimePassword({ email, password, onDone }: { email: string; password: string; onDone: () => void }) {
  const { pt } = usePeopleText();
  const panelRef = useRef<HTMLElement>(null);
  const ids = { title: useId(), field: useId(), warning: useId() };
  useEffect(() => {
    panelRef.current?.focus();
  }, []);
  return (
    <section ref={panelRef} className="conflict-notice" aria-labelledby={ids.title} tabIndex={-1}>
      <h2 id={ids.title}>{pt('people.password.title', { email })}</h2>
      <p>{pt('people.password.text')}</p>
      <div className="field">
        <label htmlFor={ids.field} className="field-label">
          {pt('people.password.label')}
        </label>
        <input id={ids.field} type="text" readOnly spellCheck={false} autoComplete="off" className="people-password" value={password} aria-describedby={ids.warning} onFocus={(event) => event.target.select()} />
      </div>
      <p id={ids.warning}>
        <strong>{pt('people.password.warning')}</strong>
      </p>
      <p className="actions-row">
        <button type="button" className="button" onClick={onDone}>
          {pt('people.password.done')}
        </button>
      </p>
    </section>
  );
}

/**
 * Asks before resetting a person's password, since the reset signs them out everywhere; the
 * generated password goes to `onReset` (the page shows it once).
 */
export function ResetPasswordForm({ user, onCancel, onReset }: { user: User; onCancel: () => void; onReset: (password: string) => void }) {
  const { pt } = usePeopleText();
  const reset = useResetPassword();
  const [error, setError] = useState<unknown>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      onReset((await reset.mutateAsync(user.id)).password);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <FormPanel title={pt('people.reset.title', { name: user.name })} intro={pt('people.reset.text', { email: user.email })}>
      <form className="stacked-form" onSubmit={(event) => void onSubmit(event)} aria-busy={reset.isPending}>
        <ChangeErrorAlert error={error} />
        <p className="actions-row">
          <button type="submit" className="button" disabled={reset.isPending}>
            {reset.isPending ? pt('people.reset.resetting') : pt('people.reset.confirm')}
          </button>
          <button type="button" className="button button-outline" onClick={onCancel}>
            {pt('people.form.cancel')}
          </button>
        </p>
      </form>
    </FormPanel>
  );
}
