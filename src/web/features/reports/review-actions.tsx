// Accept, or return with a comment: one comment field and two buttons. Returning needs a comment
// (what the executor must change); accepting may carry one.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Report } from '../../../contracts/api/reports';
import { ApiError } from '../../api/client';
import { useAcceptReport, useReturnReport } from '../../api/workspace-queries';
import { ChangeErrorAlert } from '../../components/change-error-alert';
import { useWorkspaceText } from '../workspace/workspace-i18n';

interface ReviewActionsProps {
  report: Report;
  onConflict: (unsavedText: string) => void;
  onDone: (message: string) => void;
  isFrozen: boolean;
}

export function ReviewActions({ report, onConflict, onDone, isFrozen }: ReviewActionsProps) {
  const { wt } = useWorkspaceText();
  const accept = useAcceptReport();
  const giveBack = useReturnReport();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const ids = { heading: useId(), comment: useId(), hint: useId() };
  const isBusy = accept.isPending || giveBack.isPending;

  const fail = (caught: unknown) => {
    if (caught instanceof ApiError && caught.status === 409) onConflict(comment);
    else setError(caught);
  };

  const onAccept = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setError(null);
    accept.mutate(
      { id: report.id, version: report.version, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      { onSuccess: () => onDone(wt('reports.review.accepted')), onError: fail },
    );
  };

  const onReturn = () => {
    setError(null);
    if (!comment.trim()) {
      setProblem(wt('reports.review.commentMissing'));
      field.current?.focus();
      return;
    }
    setProblem(null);
    giveBack.mutate({ id: report.id, version: report.version, comment: comment.trim() }, { onSuccess: () => onDone(wt('reports.review.returned')), onError: fail });
  };

  return (
    <section className="report-section review-actions" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{wt('reports.review.title')}</h3>
      <form className="stacked-form" onSubmit={onAccept} noValidate aria-busy={isBusy}>
        <ChangeErrorAlert problem={problem} error={error} />
        <div className="field field-wide">
          <label htmlFor={ids.comment} className="field-label">
            {wt('reports.review.comment')}
          </label>
          <textarea
            ref={field}
            id={ids.comment}
            rows={4}
            maxLength={5000}
            value={comment}
            aria-describedby={ids.hint}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setComment(event.target.value)}
          />
          <span id={ids.hint} className="field-hint">
            {wt('reports.review.commentHint')}
          </span>
        </div>
        <p className="actions-row">
          {report.abilities.canAccept && (
            <button type="submit" className="button" disabled={isBusy || isFrozen}>
              {wt('reports.review.accept')}
            </button>
          )}
          {report.abilities.canReturn && (
            <button type="button" className="button button-danger" disabled={isBusy || isFrozen} onClick={onReturn}>
              {wt('reports.review.return')}
            </button>
          )}
        </p>
      </form>
    </section>
  );
}
