// Main navigation entries of the signed-in pages, each shown only to users whose abilities allow
// the page behind it.
import { NavLink } from 'react-router';
import { useAbilities } from '../../api/session';
import { useLanguage } from '../../lib/language-context';
import { usePeopleText } from '../people/people-i18n';
import { peoplePaths } from '../people/people-paths';
import { canSeePeople } from '../people/people-state';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { workspacePaths } from '../workspace/workspace-paths';

export function WorkspaceNavLinks() {
  const { wt } = useWorkspaceText();
  const { pt } = usePeopleText();
  const language = useLanguage();
  const abilities = useAbilities();
  return (
    <>
      {abilities.canWriteReports && (
        <li>
          <NavLink to={workspacePaths.workspace(language)}>{wt('workspace.nav')}</NavLink>
        </li>
      )}
      {abilities.canReadInternal && (
        <li>
          <NavLink to={abilities.canReviewReports ? workspacePaths.reviewQueue(language) : workspacePaths.overview(language)}>
            {wt('review.nav')}
          </NavLink>
        </li>
      )}
      {abilities.canReadAudit && (
        <li>
          <NavLink to={workspacePaths.audit(language)}>{wt('audit.nav')}</NavLink>
        </li>
      )}
      {canSeePeople(abilities) && (
        <li>
          <NavLink to={peoplePaths.list(language)}>{pt('people.nav')}</NavLink>
        </li>
      )}
    </>
  );
}
