// Change one's own password. The server keeps this session and ends every other one.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useChangePassword, useSession } from '../../api/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { ServerDetail } from './problem-message';
import { RequireSession } from './require-session';
import '../workspace/workspace.css';

const MIN_LENGTH = 12;

export function PasswordPage() {
  return (
    <RequireSession>
      <PasswordForm />
    </RequireSession>
  );
}

function PasswordForm() {
  const { wt, t } = useWorkspaceText();
  const session = useSession();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  const ids = { current: useId(), next: useId(), repeat: useId(), hint: useId() };
  useDocumentTitle(wt('auth.password.title'));

  useEffect(() => {
    if (problem || change.isError) alert.current?.focus();
  }, [problem, change.isError]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    const email = session.data?.user.email.toLowerCase() ?? '';
    if (!current || !next) setProblem(wt('auth.password.missing'));
    else if ([...next].length < MIN_LENGTH) setProblem(wt('auth.password.tooShort', { min: MIN_LENGTH }));
    else if (next.toLowerCase() === email || next.toLowerCase() === email.split('@')[0]) setProblem(wt('auth.password.isEmail'));
    else if (next !== repeat) setProblem(wt('auth.password.mismatch'));
    else {
      setProblem(null);
      change.mutate(
        { currentPassword: current, newPassword: next },
        {
          onSuccess: () => {
            setCurrent('');
            setNext('');
            setRepeat('');
          },
        },
      );
    }
  };

  const serverProblem =
    change.error instanceof ApiError && change.error.status === 403 && !/csrf/i.test(change.error.problem?.detail ?? '')
      ? wt('auth.password.wrongCurrent')
      : change.error instanceof ApiError && change.error.status === 400
        ? wt('auth.password.rejected')
        : t('errors.unexpected');

  return (
    <section className="panel narrow-panel" aria-labelledby="password-title">
      <h1 id="password-title">{wt('auth.password.title')}</h1>
      <p className="section-intro">{wt('auth.password.intro')}</p>
      <form className="stacked-form" onSubmit={onSubmit} noValidate aria-busy={change.isPending}>
        {(problem || change.isError) && (
          <div ref={alert} className="form-errors" role="alert" tabIndex={-1}>
            <p>
              {problem ?? serverProblem}
              {!problem && <ServerDetail error={change.error} />}
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.current} className="field-label">
            {wt('auth.password.current')}
          </label>
          <input id={ids.current} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.next} className="field-label">
            {wt('auth.password.new')}
          </label>
          <input id={ids.next} type="password" autoComplete="new-password" aria-describedby={ids.hint} value={next} onChange={(e) => setNext(e.target.value)} />
          <span id={ids.hint} className="field-hint">
            {wt('auth.password.hint', { min: MIN_LENGTH })}
          </span>
        </div>
        <div className="field">
          <label htmlFor={ids.repeat} className="field-label">
            {wt('auth.password.repeat')}
          </label>
          <input id={ids.repeat} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </div>
        <p className="actions-row">
          <button type="submit" className="button" disabled={change.isPending}>
            {wt('auth.password.submit')}
          </button>
        </p>
        <p role="status" className="status-message">
          {change.isSuccess ? wt('auth.password.changed') : ''}
        </p>
      </form>
    </section>
  );
}
