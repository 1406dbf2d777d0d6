// /:lang/reports/:id: a report on its own page, where reviewers work (from the review queue) and
// where links to a report lead. Who sees what is the server's decision; a report the reader may
// not see is "not found".
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useAbilities } from '../../api/session';
import { useReport } from '../../api/workspace-queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorState, LoadingState, NotFoundState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { workspacePaths } from '../workspace/workspace-paths';
import { ObligationHeader } from './report-header';
import { ReportPanel } from './report-panel';

export function ReportPage() {
  const { id = '' } = useParams();
  const reportId = /^\d{1,15}$/.test(id) && Number(id) > 0 ? Number(id) : null;
  if (reportId === null) return <NotFoundState />;
  return <ReportView reportId={reportId} />;
}

function ReportView({ reportId }: { reportId: number }) {
  const { wt, t } = useWorkspaceText();
  const language = useLanguage();
  const abilities = useAbilities();
  const report = useReport(reportId);
  const titleId = useId();
  useDocumentTitle(report.data ? `${wt('reports.title')}: ${t('measure.title', { number: report.data.obligation.measureNumber })}, ${report.data.obligation.period}` : null);

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const { obligation } = report.data;
  const crumbs = [
    ...(abilities.canReviewReports ? [{ label: wt('review.queue.title'), to: workspacePaths.reviewQueue(language) }] : []),
    ...(abilities.canWriteReports ? [{ label: wt('workspace.title'), to: workspacePaths.workspace(language) }] : []),
    { label: `${t('measure.title', { number: obligation.measureNumber })}, ${obligation.period}` },
  ];
  return (
    <article aria-labelledby={titleId}>
      <Breadcrumbs items={crumbs} />
      <ObligationHeader
        titleId={titleId}
        measure={{ id: obligation.measureId, number: obligation.measureNumber, names: obligation.measureNames }}
        period={obligation.period}
        due={obligation.due}
        status={obligation.status}
        leadExecutor={report.data.organization}
      />
      {abilities.canWriteReports && (
        <p>
          <Link to={workspacePaths.obligation(language, obligation.id)}>{wt('reports.openObligation')}</Link>
        </p>
      )}
      <ReportPanel reportId={reportId} />
    </article>
  );
}
