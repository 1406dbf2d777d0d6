// The coordinator's workspace pages, as tabs under the page title; each shown only to users whose
// abilities allow it.
import { NavLink } from 'react-router';
import { useAbilities } from '../../api/session';
import { useLanguage } from '../../lib/language-context';
import { schedulePaths } from '../schedules/schedule-paths';
import { useScheduleText } from '../schedules/schedules-i18n';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { workspacePaths } from '../workspace/workspace-paths';
import '../workspace/workspace.css';

export function ReviewNav() {
  const { wt } = useWorkspaceText();
  const { st } = useScheduleText();
  const language = useLanguage();
  const abilities = useAbilities();
  return (
    <nav className="sub-nav" aria-label={wt('review.subnav')}>
      <ul>
        {abilities.canReviewReports && (
          <li>
            <NavLink to={workspacePaths.reviewQueue(language)} end>
              {wt('review.queue.title')}
            </NavLink>
          </li>
        )}
        <li>
          <NavLink to={workspacePaths.overview(language)}>{wt('review.overview.title')}</NavLink>
        </li>
        <li>
          <NavLink to={workspacePaths.overdue(language)}>{wt('review.overdue.title')}</NavLink>
        </li>
        <li>
          <NavLink to={workspacePaths.performance(language)}>{wt('review.performance.title')}</NavLink>
        </li>
        <li>
          <NavLink to={schedulePaths.list(language)}>{st('schedules.title')}</NavLink>
        </li>
        {abilities.canReadAudit && (
          <li>
            <NavLink to={workspacePaths.audit(language)}>{wt('audit.title')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Reads ?offset= from the address: a non-negative whole number, else 0. */
export function offsetParam(params: URLSearchParams): number {
  const offset = Number(params.get('offset') ?? 0);
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}

/** The same address with ?offset= set (or removed for the first page). */
export function withOffset(pathname: string, params: URLSearchParams, offset: number): string {
  const next = new URLSearchParams(params);
  if (offset > 0) next.set('offset', String(offset));
  else next.delete('offset');
  const query = next.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}
