// Guards a signed-in page: the public goes to sign-in (and comes back after), a user without the
// ability the page needs is told so. The server checks every request regardless.
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useSession, type Abilities } from '../../api/session';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { workspacePaths } from '../workspace/workspace-paths';

interface RequireSessionProps {
  /** Any of these abilities lets the user in; none listed: any signed-in user. */
  anyOf?: ReadonlyArray<keyof Abilities>;
  children: ReactNode;
}

export function RequireSession({ anyOf, children }: RequireSessionProps) {
  const session = useSession();
  const location = useLocation();
  const language = useLanguage();

  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    return <Navigate replace to={workspacePaths.signIn(language, `${location.pathname}${location.search}`)} />;
  }
  const abilities = session.data.abilities;
  if (anyOf && !anyOf.some((ability) => abilities[ability])) return <NotAllowed />;
  return <>{children}</>;
}

function NotAllowed() {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  useDocumentTitle(wt('auth.notAllowed.title'));
  return (
    <section className="message-panel" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">{wt('auth.notAllowed.title')}</h1>
      <p>{wt('auth.notAllowed.text')}</p>
      <p className="actions">
        <Link to={paths.home(language)}>{wt('auth.notAllowed.home')}</Link>
      </p>
    </section>
  );
}

/** Where a user's work starts: the executor's obligations, the review queue, or the plan overview. */
export function homeOfUser(abilities: Abilities, language: Parameters<typeof workspacePaths.workspace>[0]): string {
  if (abilities.canWriteReports) return workspacePaths.workspace(language);
  if (abilities.canReviewReports) return workspacePaths.reviewQueue(language);
  if (abilities.canReadInternal) return workspacePaths.overview(language);
  return paths.home(language);
}
