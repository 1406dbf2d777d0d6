// What a page shows while its data loads, and when it could not load.
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { useLanguage } from '../lib/language-context';
import { paths } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';
import { LocalizedText } from './localized-text';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** Heading level of the message: 1 when the error replaces the whole page. */
  level?: 1 | 2;
}

export function ErrorState({ error, onRetry, level = 1 }: ErrorStateProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const apiError = error instanceof ApiError ? error : null;
  const isNotFound = apiError?.isNotFound ?? false;
  const Heading = level === 1 ? 'h1' : 'h2';
  const title = isNotFound ? t('errors.notFoundTitle') : t('errors.title');
  const detail = apiError?.problem?.detail;
  const canRetry = onRetry && !isNotFound && !(apiError && apiError.status >= 400 && apiError.status < 500);
  const titleId = useId();
  useDocumentTitle(title, level === 1);

  return (
    <section className="message-panel" role="alert" aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      <p>{errorMessage(apiError, t)}</p>
      {detail && (
        <p>
          <LocalizedText text={{ [apiError.detailLanguage]: detail }} />
        </p>
      )}
      {apiError && apiError.status > 0 && <p className="muted">{t('errors.code', { status: apiError.status })}</p>}
      <p className="actions">
        {canRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        )}
        <Link to={paths.home(language)}>{t('errors.home')}</Link>
      </p>
    </section>
  );
}

/** A sentence in the UI language for the kind of failure; the server's own detail follows it. */
function errorMessage(error: ApiError | null, t: TFunction): string {
  if (!error) return t('errors.unexpected');
  if (error.isNetworkError) return t('errors.network');
  if (error.status === 404) return t('errors.notFoundItem');
  if (error.status >= 400 && error.status < 500) return t('errors.badRequest');
  if (error.status >= 500) return t('errors.server');
  return t('errors.unexpected');
}

export function NotFoundState({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <section className="message-panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('errors.notFoundTitle')}</h1>
      <p>{detail ?? t('errors.notFoundText')}</p>
      <p className="actions">
        <Link to={paths.home(language)}>{t('errors.home')}</Link>
      </p>
    </section>
  );
}
