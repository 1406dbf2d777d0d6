// The organisation's returned reports, each with the reviewer's comment: what needs doing first.
import { useId } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Report } from '../../../contracts/api/reports';
import type { Obligation } from '../../../contracts/api/obligations';
import { apiGet } from '../../api/client';
import { workspaceKeys } from '../../api/workspace-queries';
import { LocalizedText } from '../../components/localized-text';
import { useLanguage } from '../../lib/language-context';
import { formatDate, formatDateTime } from './dates';
import { useWorkspaceText } from './workspace-i18n';
import { workspacePaths } from './workspace-paths';

export function ReturnedReports({ obligations }: { obligations: Obligation[] }) {
  const { wt, t } = useWorkspaceText();
  const language = useLanguage();
  const headingId = useId();
  const returned = obligations.filter((o) => o.report?.state === 'returned');
  const reports = useQueries({
    queries: returned.map((o) => ({
      queryKey: workspaceKeys.report(o.report?.id ?? 0),
      queryFn: ({ signal }: { signal: AbortSignal }) => apiGet<Report>(`/api/v1/reports/${o.report?.id ?? 0}`, undefined, signal),
    })),
  });
  if (returned.length === 0) return null;
  return (
    <section className="panel returned-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{wt('workspace.returned.title')}</h2>
      <p className="section-intro">{wt('workspace.returned.intro')}</p>
      <ul className="returned-list">
        {returned.map((obligation, index) => {
          const report = reports[index]?.data;
          return (
            <li key={obligation.id}>
              <p>
                <Link to={workspacePaths.obligation(language, obligation.id)}>
                  {t('measure.title', { number: obligation.measure.number })}, {obligation.period}: <LocalizedText text={obligation.measure.names} />
                </Link>{' '}
                <span className="muted">({wt('workspace.columns.due')}: {formatDate(obligation.due, language)})</span>
              </p>
              {report?.reviewComment && (
                <blockquote className="review-comment">
                  {report.reviewComment}
                  {report.reviewedBy && (
                    <footer className="muted small">
                      {report.reviewedBy.name}
                      {report.reviewedAt && `, ${formatDateTime(report.reviewedAt, language)}`}
                    </footer>
                  )}
                </blockquote>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
