// The header's account area: "Sign in" for the public; the user's name, a link to change the
// password and "Sign out" for a signed-in user.
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession, useSignOut } from '../../api/session';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { workspacePaths } from '../workspace/workspace-paths';
import '../workspace/workspace.css';

export function UserMenu() {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const location = useLocation();
  const session = useSession();

  if (session.isPending) return null;
  if (!session.data) {
    if (/^\/[a-z]{2}\/sign-in/.test(location.pathname)) return null;
    const here = `${location.pathname}${location.search}`;
    return (
      <div className="user-menu">
        <Link className="user-menu-sign-in" to={workspacePaths.signIn(language, here === `/${language}` ? undefined : here)}>
          {wt('auth.signIn.link')}
        </Link>
      </div>
    );
  }
  const { user } = session.data;
  return (
    <div className="user-menu" role="group" aria-label={wt('auth.menu.label')}>
      <span className="user-menu-name">
        <span className="visually-hidden">{wt('auth.menu.signedInAs')} </span>
        {user.name} <span className="user-menu-org">({user.organizationCode})</span>
      </span>
      <Link to={workspacePaths.password(language)}>{wt('auth.menu.password')}</Link>
      <SignOutButton />
    </div>
  );
}

export function SignOutButton() {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <button
      type="button"
      className="button button-quiet"
      disabled={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate(paths.home(language)) })}
    >
      {wt('auth.menu.signOut')}
    </button>
  );
}
