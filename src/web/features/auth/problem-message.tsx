// A failed request told in the reader's language, with the server's own detail after it (the API
// writes English; the detail is marked with its language so screen readers read it correctly).
import { ApiError } from '../../api/client';
import { LocalizedText } from '../../components/localized-text';
import { useWorkspaceText } from '../workspace/workspace-i18n';

export function ServerDetail({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || !error.problem?.detail) return null;
  return (
    <span className="server-detail">
      {' '}
      <LocalizedText text={{ [error.detailLanguage]: error.problem.detail }} />
    </span>
  );
}

/** One sentence for the kind of failure of a change, then the server's detail. */
export function ChangeErrorMessage({ error }: { error: unknown }) {
  const { wt, t } = useWorkspaceText();
  const apiError = error instanceof ApiError ? error : null;
  let sentence: string;
  if (!apiError) sentence = t('errors.unexpected');
  else if (apiError.isNetworkError) sentence = t('errors.network');
  else if (apiError.status === 401) sentence = wt('auth.errors.sessionEnded');
  else if (apiError.status === 403) sentence = wt('reports.errors.forbidden');
  else if (apiError.status === 404) sentence = t('errors.notFoundItem');
  else if (apiError.status === 413) sentence = wt('reports.errors.tooLarge');
  else if (apiError.status === 415) sentence = wt('reports.errors.unsupportedType');
  else if (apiError.status === 422 || apiError.status === 400) sentence = wt('reports.errors.invalid');
  else if (apiError.status >= 500) sentence = t('errors.server');
  else sentence = t('errors.unexpected');
  return (
    <>
      {sentence}
      <ServerDetail error={error} />
    </>
  );
}
