// Co-executors' parts of the lead's report: each organisation's text, and a form for the user's
// own organisation when it co-executes the measure and the report is still editable.
import { useId, useState, type FormEvent } from 'react';
import type { Report } from '../../../contracts/api/reports';
import { ApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { useSaveContribution } from '../../api/workspace-queries';
import { OrganizationName } from '../../components/organization-name';
import { useLanguage } from '../../lib/language-context';
import { ChangeErrorAlert } from '../../components/change-error-alert';
import { formatDateTime } from '../workspace/dates';
import { useWorkspaceText } from '../workspace/workspace-i18n';

interface ContributionsSectionProps {
  report: Report;
  onConflict: (unsavedText: string) => void;
  onDone: (message: string) => void;
  isFrozen: boolean;
}

export function ContributionsSection({ report, onConflict, onDone, isFrozen }: ContributionsSectionProps) {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const headingId = useId();
  const canContribute = report.abilities.canContribute;
  if (report.contributions.length === 0 && !canContribute) return null;
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{wt('reports.contributions.title')}</h3>
      {report.contributions.length === 0 ? (
        <p className="muted">{wt('reports.contributions.none')}</p>
      ) : (
        <ul className="contribution-list">
          {report.contributions.map((contribution) => (
            <li key={contribution.organization.code}>
              <h4>
                <OrganizationName organization={contribution.organization} form="full" />
              </h4>
              <p className="report-text">{contribution.text}</p>
              <p className="muted small">
                {wt('reports.contributions.updated', {
                  at: formatDateTime(contribution.updatedAt, language),
                  name: contribution.updatedBy?.name ?? '—',
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canContribute && <ContributionForm report={report} onConflict={onConflict} onDone={onDone} isFrozen={isFrozen} />}
    </section>
  );
}

function ContributionForm({ report, onConflict, onDone, isFrozen }: ContributionsSectionProps) {
  const { wt } = useWorkspaceText();
  const session = useSession();
  const save = useSaveContribution();
  const own = report.contributions.find((c) => c.organization.code === session.data?.user.organizationCode) ?? null;
  const [text, setText] = useState(own?.text ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(wt('reports.contributions.missing'));
      return;
    }
    setProblem(null);
    save.mutate(
      { id: report.id, version: own?.version ?? null, text },
      {
        onSuccess: () => onDone(wt('reports.contributions.saved')),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) onConflict(text);
        },
      },
    );
  };

  return (
    <form className="stacked-form" onSubmit={onSubmit} noValidate>
      <ChangeErrorAlert problem={problem} error={save.error instanceof ApiError && save.error.status === 409 ? null : save.error} />
      <div className="field field-wide">
        <label htmlFor={fieldId} className="field-label">
          {own ? wt('reports.contributions.editOwn') : wt('reports.contributions.addOwn')}
        </label>
        <textarea id={fieldId} rows={6} value={text} readOnly={isFrozen} onChange={(event) => setText(event.target.value)} />
      </div>
      <p className="actions-row">
        <button type="submit" className="button" disabled={save.isPending || isFrozen}>
          {wt('reports.contributions.save')}
        </button>
      </p>
    </form>
  );
}
