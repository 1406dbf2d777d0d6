// What a report's reader must see first: the reviewer's comment on a returned report, the
// acceptance, and, after a conflicting change, the notice that asks to reload.
import { forwardRef, useId } from 'react';
import type { Report } from '../../../contracts/api/reports';
import { useLanguage } from '../../lib/language-context';
import { formatDateTime } from '../workspace/dates';
import { useWorkspaceText } from '../workspace/workspace-i18n';

export function ReviewOutcome({ report }: { report: Report }) {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const headingId = useId();
  if (report.state !== 'returned' && report.state !== 'accepted') return null;
  const isReturned = report.state === 'returned';
  const who = report.reviewedBy?.name;
  const when = report.reviewedAt ? formatDateTime(report.reviewedAt, language) : null;
  return (
    <section className={isReturned ? 'review-outcome is-returned' : 'review-outcome is-accepted'} aria-labelledby={headingId}>
      <h3 id={headingId}>{isReturned ? wt('reports.outcome.returnedTitle') : wt('reports.outcome.acceptedTitle')}</h3>
      {(who || when) && <p className="muted">{[who, when].filter(Boolean).join(' · ')}</p>}
      {report.reviewComment && (
        <figure className="review-comment">
          <figcaption className="visually-hidden">{wt('reports.outcome.comment')}</figcaption>
          <blockquote>{report.reviewComment}</blockquote>
        </figure>
      )}
      {isReturned && report.abilities.canEdit && <p>{wt('reports.outcome.reviseAndResubmit')}</p>}
    </section>
  );
}

interface ConflictNoticeProps {
  unsavedText: string | null;
  onReload: () => void;
  isReloading: boolean;
}

export const ConflictNotice = forwardRef<HTMLDivElement, ConflictNoticeProps>(function ConflictNotice({ unsavedText, onReload, isReloading }, ref) {
  const { wt } = useWorkspaceText();
  const headingId = useId();
  return (
    <div ref={ref} className="conflict-notice" role="alert" aria-labelledby={headingId} tabIndex={-1}>
      <h3 id={headingId}>{wt('reports.conflict.title')}</h3>
      <p>{wt('reports.conflict.text')}</p>
      {unsavedText && unsavedText.trim() !== '' && (
        <details open>
          <summary>{wt('reports.conflict.yourText')}</summary>
          <pre className="unsaved-text">{unsavedText}</pre>
        </details>
      )}
      <p className="actions-row">
        <button type="button" className="button" onClick={onReload} disabled={isReloading}>
          {wt('reports.conflict.reload')}
        </button>
      </p>
    </div>
  );
});

export function ReportBody({ report }: { report: Report }) {
  const { wt } = useWorkspaceText();
  return (
    <dl className="facts-rows report-body">
      <div>
        <dt>{wt('reports.fields.text')}</dt>
        <dd className="report-text">{report.text || <span className="muted">{wt('reports.noText')}</span>}</dd>
      </div>
      <div>
        <dt>{wt('reports.fields.declaredStatus')}</dt>
        <dd>{wt(`reports.declared.${report.declaredStatus}`)}</dd>
      </div>
      <div>
        <dt>{wt('reports.fields.percentDone')}</dt>
        <dd>{report.percentDone}%</dd>
      </div>
    </dl>
  );
}
