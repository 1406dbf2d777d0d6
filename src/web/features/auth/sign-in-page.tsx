// Sign-in with e-mail and password. Errors come from the server's problem details: a wrong
// password, a locked account or too many attempts from the network (with the time to wait from
// Retry-After). After signing in the user goes back where they were sent from.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useSession, useSignIn } from '../../api/session';
import { LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatWait } from '../workspace/dates';
import { useWorkspaceText, type WorkspaceT } from '../workspace/workspace-i18n';
import { safeNextPath } from '../workspace/workspace-paths';
import { ServerDetail } from './problem-message';
import { homeOfUser } from './require-session';
import { SignOutButton } from './user-menu';
import type { Language } from '../../i18n/languages';
import '../workspace/workspace.css';

interface FieldErrors {
  email?: string;
  password?: string;
}

export function SignInPage() {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const summary = useRef<HTMLDivElement>(null);
  const emailId = useId();
  const passwordId = useId();
  useDocumentTitle(wt('auth.signIn.title'));

  const hasErrors = Boolean(fieldErrors.email || fieldErrors.password || signIn.isError);
  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [hasErrors, signIn.failureCount, fieldErrors]);

  if (session.isPending) return <LoadingState />;
  if (session.data && !signIn.isSuccess) {
    return (
      <section className="panel narrow-panel" aria-labelledby="signed-in-title">
        <h1 id="signed-in-title">{wt('auth.signIn.alreadyTitle')}</h1>
        <p>{wt('auth.signIn.alreadyText', { name: session.data.user.name, email: session.data.user.email })}</p>
        <p className="actions-row">
          <Link className="button" to={next ?? homeOfUser(session.data.abilities, language)}>
            {wt('auth.signIn.continue')}
          </Link>
          <SignOutButton />
        </p>
      </section>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = wt('auth.signIn.emailMissing');
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = wt('auth.signIn.emailInvalid');
    if (!password) errors.password = wt('auth.signIn.passwordMissing');
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    signIn.reset();
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: (info) => void navigate(next ?? homeOfUser(info.abilities, language), { replace: true }) },
    );
  };

  return (
    <section className="panel narrow-panel" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{wt('auth.signIn.title')}</h1>
      <p className="section-intro">{wt('auth.signIn.intro')}</p>
      <form className="stacked-form" onSubmit={onSubmit} noValidate aria-busy={signIn.isPending}>
        {hasErrors && (
          <div ref={summary} className="form-errors" role="alert" tabIndex={-1}>
            <h2>{wt('auth.signIn.failed')}</h2>
            <ul>
              {fieldErrors.email && (
                <li>
                  <a href={`#${emailId}`}>{fieldErrors.email}</a>
                </li>
              )}
              {fieldErrors.password && (
                <li>
                  <a href={`#${passwordId}`}>{fieldErrors.password}</a>
                </li>
              )}
              {signIn.isError && (
                <li>
                  {signInErrorText(signIn.error, wt, language)}
                  {/* Wrong password and too many attempts are said in full above; others add the server's reason. */}
                  {!(signIn.error instanceof ApiError && (signIn.error.status === 401 || signIn.error.status === 429)) && <ServerDetail error={signIn.error} />}
                </li>
              )}
            </ul>
          </div>
        )}
        <div className="field">
          <label htmlFor={emailId} className="field-label">
            {wt('auth.signIn.email')}
          </label>
          <input
            id={emailId}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={fieldErrors.email ? true : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={passwordId} className="field-label">
            {wt('auth.signIn.password')}
          </label>
          <input
            id={passwordId}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={fieldErrors.password ? true : undefined}
          />
        </div>
        <p className="actions-row">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {signIn.isPending ? wt('auth.signIn.submitting') : wt('auth.signIn.submit')}
          </button>
        </p>
        <p className="field-hint">{wt('auth.signIn.noAccount')}</p>
      </form>
    </section>
  );
}

function signInErrorText(error: unknown, wt: WorkspaceT, language: Language): string {
  if (!(error instanceof ApiError)) return wt('auth.errors.unexpected');
  if (error.isNetworkError) return wt('auth.errors.network');
  if (error.status === 401) return wt('auth.errors.invalid');
  if (error.status === 429) {
    const wait = formatWait(error.retryAfterSeconds ?? 60, language);
    return /locked/i.test(error.problem?.detail ?? '') ? wt('auth.errors.locked', { wait }) : wt('auth.errors.rateLimited', { wait });
  }
  if (error.status === 403) return wt('auth.errors.forbidden');
  return wt('auth.errors.unexpected');
}
