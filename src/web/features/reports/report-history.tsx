// The whole life of a report, oldest first: who did what and when, review comments, and the report
// as it was after each step (text, declared status, percentage, files).
import { useId } from 'react';
import type { Report } from '../../../contracts/api/reports';
import { DECLARED_STATUSES, type DeclaredStatus } from '../../../core/obligations/obligation-status';
import { useLanguage } from '../../lib/language-context';
import { formatDateTime } from '../workspace/dates';
import { useWorkspaceText } from '../workspace/workspace-i18n';

interface SnapshotView {
  text: string | null;
  declaredStatus: DeclaredStatus | null;
  percentDone: number | null;
  files: string[];
}

/** The snapshot is stored JSON: read only what is there, in the shape expected. */
export function readSnapshot(snapshot: unknown): SnapshotView {
  const value = typeof snapshot === 'object' && snapshot !== null ? (snapshot as Record<string, unknown>) : {};
  const status = value.declaredStatus;
  const evidence = Array.isArray(value.evidence) ? value.evidence : [];
  return {
    text: typeof value.text === 'string' ? value.text : null,
    declaredStatus: typeof status === 'string' && (DECLARED_STATUSES as readonly string[]).includes(status) ? (status as DeclaredStatus) : null,
    percentDone: typeof value.percentDone === 'number' ? value.percentDone : null,
    files: evidence
      .map((file) => (typeof file === 'object' && file !== null ? (file as Record<string, unknown>).fileName : null))
      .filter((name): name is string => typeof name === 'string'),
  };
}

export function ReportHistory({ report }: { report: Report }) {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const headingId = useId();
  if (report.history.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{wt('reports.history.title')}</h3>
      <ol className="history-list">
        {report.history.map((event) => {
          const snapshot = readSnapshot(event.snapshot);
          return (
            <li key={event.id} className={`history-${event.action}`}>
              <p className="history-line">
                <strong>{wt(`reports.history.action.${event.action}`)}</strong>
                <span className="muted">
                  {' · '}
                  {event.actor?.name ?? wt('reports.history.system')}
                  {' · '}
                  <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
                </span>
              </p>
              {event.comment && <blockquote className="history-comment">{event.comment}</blockquote>}
              <details>
                <summary>{wt('reports.history.snapshot')}</summary>
                <dl className="facts-rows">
                  <div>
                    <dt>{wt('reports.fields.text')}</dt>
                    <dd className="report-text">{snapshot.text || '—'}</dd>
                  </div>
                  <div>
                    <dt>{wt('reports.fields.declaredStatus')}</dt>
                    <dd>{snapshot.declaredStatus ? wt(`reports.declared.${snapshot.declaredStatus}`) : '—'}</dd>
                  </div>
                  <div>
                    <dt>{wt('reports.fields.percentDone')}</dt>
                    <dd>{snapshot.percentDone ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{wt('reports.evidence.title')}</dt>
                    <dd>{snapshot.files.length ? snapshot.files.join(', ') : '—'}</dd>
                  </div>
                </dl>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
