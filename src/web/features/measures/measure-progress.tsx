// The public record of a measure's implementation: each reporting period with the status that the
// plan owner's accepted reports give it, and the accepted report itself with its evidence files.
// Nothing here reveals a draft, a submission awaiting review or a return.
import { useId } from 'react';
import type { MeasureProgress } from '../../../contracts/api/obligations';
import { useMeasureProgress } from '../../api/workspace-queries';
import { DataTable } from '../../components/data-table';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { formatBytes, formatDate, formatDateTime } from '../workspace/dates';
import { ObligationStatusChip } from '../workspace/status-chips';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import '../workspace/workspace.css';

type ProgressRow = MeasureProgress['obligations'][number];

export function MeasureProgressSection({ measureId, measureNumber }: { measureId: number; measureNumber: number }) {
  const { wt } = useWorkspaceText();
  const progress = useMeasureProgress(measureId);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{wt('reports.progress.title')}</h2>
      <p className="section-intro">{wt('reports.progress.intro')}</p>
      {progress.isPending ? (
        <LoadingState />
      ) : progress.isError ? (
        <ErrorState error={progress.error} level={2} onRetry={() => void progress.refetch()} />
      ) : progress.data.obligations.length === 0 ? (
        <p className="muted">{progress.data.scheduleStatus === 'needs_manual' ? wt('reports.progress.needsSchedule') : wt('reports.progress.none')}</p>
      ) : (
        <ProgressTable rows={progress.data.obligations} measureNumber={measureNumber} />
      )}
    </section>
  );
}

function ProgressTable({ rows, measureNumber }: { rows: ProgressRow[]; measureNumber: number }) {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  return (
    <DataTable
      caption={wt('reports.progress.caption', { number: measureNumber })}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { id: 'period', header: wt('workspace.columns.period'), isRowHeader: true, cell: (row) => row.period },
        {
          id: 'due',
          header: wt('workspace.columns.due'),
          className: 'col-date',
          cell: (row) => (
            <>
              {formatDate(row.due, language)}
              {row.dueDateAssumed && <span className="muted small"> ({wt('workspace.dueAssumed')})</span>}
            </>
          ),
        },
        { id: 'status', header: wt('workspace.columns.status'), cell: (row) => <ObligationStatusChip status={row.status} /> },
        { id: 'report', header: wt('reports.progress.acceptedReport'), className: 'col-name', cell: (row) => <AcceptedReport row={row} /> },
      ]}
    />
  );
}

function AcceptedReport({ row }: { row: ProgressRow }) {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const report = row.acceptedReport;
  if (!report) return <span className="muted">{wt('reports.progress.noAccepted')}</span>;
  return (
    <div className="accepted-report">
      <p className="muted small">
        {wt('reports.progress.acceptedOn', { date: formatDateTime(report.acceptedAt, language) })} · {wt(`reports.declared.${report.declaredStatus}`)},{' '}
        {report.percentDone}%
      </p>
      <p className="report-text">{report.text}</p>
      {report.contributions.length > 0 && (
        <details>
          <summary>{wt('reports.contributions.title')}</summary>
          <ul className="plain-list">
            {report.contributions.map((contribution) => (
              <li key={contribution.organization.code}>
                <strong>{contribution.organization.code}</strong>: {contribution.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.evidence.length > 0 && (
        <ul className="inline-list evidence-links" aria-label={wt('reports.evidence.title')}>
          {report.evidence.map((file) => (
            <li key={file.id}>
              <a href={file.url} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              <span className="muted small">
                ({file.kind.toUpperCase()}, {formatBytes(file.sizeBytes, language)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
