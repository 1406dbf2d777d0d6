// A report as the current user may work with it: the review outcome first, then the editor (lead
// executors, while editable) or the text, evidence files, co-executors' contributions, the review
// form (reviewers) and the history. Buttons follow the report's `abilities` from the server.
import { useEffect, useId, useRef, useState } from 'react';
import { useReport } from '../../api/workspace-queries';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { formatDateTime } from '../workspace/dates';
import { ReportStateChip } from '../workspace/status-chips';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { ContributionsSection } from './contributions-section';
import { EvidenceSection } from './evidence-section';
import { ReportEditor } from './report-editor';
import { ReportHistory } from './report-history';
import { ConflictNotice, ReportBody, ReviewOutcome } from './report-notices';
import { ReviewActions } from './review-actions';
import '../workspace/workspace.css';

export function ReportPanel({ reportId, focusOnLoad = false }: { reportId: number; focusOnLoad?: boolean }) {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const report = useReport(reportId);
  const [conflict, setConflict] = useState<{ unsavedText: string | null } | null>(null);
  const [isReloading, setIsReloading] = useState(false);
  const [message, setMessage] = useState('');
  const [formKey, setFormKey] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const conflictNotice = useRef<HTMLDivElement>(null);
  const headingId = useId();

  useEffect(() => {
    if (conflict) conflictNotice.current?.focus();
  }, [conflict]);

  const isLoaded = report.data !== undefined;
  useEffect(() => {
    if (focusOnLoad && isLoaded) heading.current?.focus();
  }, [focusOnLoad, isLoaded]);

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} level={2} onRetry={() => void report.refetch()} />;
  const data = report.data;

  const onConflict = (unsavedText: string | null = null) => setConflict({ unsavedText });
  const onDone = (text: string, moveFocus = false) => {
    setMessage(text);
    if (moveFocus) heading.current?.focus();
  };
  const reload = async () => {
    setIsReloading(true);
    try {
      await report.refetch();
      setFormKey((key) => key + 1);
      setConflict(null);
      setMessage(wt('reports.conflict.reloaded'));
      heading.current?.focus();
    } finally {
      setIsReloading(false);
    }
  };
  const isFrozen = conflict !== null;

  return (
    <section className="panel report-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="report-heading">
        {wt('reports.title')} <ReportStateChip state={data.state} />
      </h2>
      <p className="muted small">
        {wt('reports.meta.updated', { at: formatDateTime(data.updatedAt, language), name: data.updatedBy?.name ?? '—' })}
        {data.lastSubmittedAt && <> · {wt('reports.meta.submitted', { at: formatDateTime(data.lastSubmittedAt, language) })}</>}
      </p>
      <p role="status" className="status-message">
        {message}
      </p>
      {conflict && <ConflictNotice ref={conflictNotice} unsavedText={conflict.unsavedText} onReload={() => void reload()} isReloading={isReloading} />}
      <ReviewOutcome report={data} />
      {data.abilities.canEdit ? (
        <ReportEditor
          key={formKey}
          report={data}
          isFrozen={isFrozen}
          onConflict={onConflict}
          onDone={onDone}
        />
      ) : (
        <ReportBody report={data} />
      )}
      <EvidenceSection report={data} isFrozen={isFrozen} onConflict={() => onConflict()} />
      <ContributionsSection key={`c${formKey}`} report={data} isFrozen={isFrozen} onConflict={onConflict} onDone={(text) => onDone(text)} />
      {(data.abilities.canAccept || data.abilities.canReturn) && (
        <ReviewActions key={`r${formKey}`} report={data} isFrozen={isFrozen} onConflict={onConflict} onDone={(text) => onDone(text, true)} />
      )}
      <ReportHistory report={data} />
    </section>
  );
}
