// /:lang/workspace/obligations/:id: one obligation and its report. The lead executor starts the
// report here and works on it; co-executors add their contribution and files; others read.
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { useCreateReport, useObligation } from '../../api/workspace-queries';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { OrganizationName } from '../../components/organization-name';
import { ErrorState, LoadingState, NotFoundState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ChangeErrorAlert } from '../../components/change-error-alert';
import { RequireSession } from '../auth/require-session';
import { ObligationHeader } from '../reports/report-header';
import { ReportPanel } from '../reports/report-panel';
import { useWorkspaceText } from './workspace-i18n';
import { workspacePaths } from './workspace-paths';
import './workspace.css';

export function ObligationPage() {
  const { id = '' } = useParams();
  const obligationId = /^\d{1,15}$/.test(id) && Number(id) > 0 ? Number(id) : null;
  if (obligationId === null) return <NotFoundState />;
  return (
    <RequireSession>
      <ObligationView obligationId={obligationId} />
    </RequireSession>
  );
}

function ObligationView({ obligationId }: { obligationId: number }) {
  const { wt, t } = useWorkspaceText();
  const language = useLanguage();
  const obligation = useObligation(obligationId);
  const create = useCreateReport();
  const [justCreated, setJustCreated] = useState(false);
  const titleId = useId();
  useDocumentTitle(obligation.data ? `${t('measure.title', { number: obligation.data.measure.number })}, ${obligation.data.period}` : null);

  if (obligation.isPending) return <LoadingState />;
  if (obligation.isError) return <ErrorState error={obligation.error} onRetry={() => void obligation.refetch()} />;
  const data = obligation.data;
  const reportId = data.report?.id ?? (create.data?.obligation.id === data.id ? create.data.id : null);

  return (
    <article aria-labelledby={titleId}>
      <Breadcrumbs items={[{ label: wt('workspace.title'), to: workspacePaths.workspace(language) }, { label: `${t('measure.title', { number: data.measure.number })}, ${data.period}` }]} />
      <ObligationHeader
        titleId={titleId}
        measure={data.measure}
        period={data.period}
        due={data.due}
        nominalDue={data.nominalDue}
        dueDateAssumed={data.dueDateAssumed}
        status={data.status}
        leadExecutor={data.leadExecutor}
        deadlineText={data.measure.deadlineText}
      />
      {reportId !== null ? (
        <ReportPanel reportId={reportId} focusOnLoad={justCreated} />
      ) : (
        <section className="panel" aria-labelledby="no-report-title">
          <h2 id="no-report-title">{wt('reports.title')}</h2>
          {data.abilities.canCreateReport ? (
            <>
              <p>{wt('workspace.obligation.noReportYet')}</p>
              <ChangeErrorAlert error={create.error} />
              <p className="actions-row">
                <button
                  type="button"
                  className="button"
                  disabled={create.isPending}
                  onClick={() => create.mutate(data.id, { onSuccess: () => setJustCreated(true) })}
                >
                  {wt('workspace.obligation.start')}
                </button>
              </p>
            </>
          ) : data.status === 'cancelled' ? (
            <p>{wt('workspace.obligation.cancelled')}</p>
          ) : (
            <p>
              {wt('workspace.obligation.leadWrites')} <OrganizationName organization={data.leadExecutor} form="full" />.
            </p>
          )}
        </section>
      )}
    </article>
  );
}
