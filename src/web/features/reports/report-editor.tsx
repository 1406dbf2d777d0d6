// The lead executor's form: what was done, the declared status and the percentage done; "Save
// draft" and "Submit for review". Every save names the version it is based on; a change made by
// someone else meanwhile stops the form (the panel shows the reload notice) instead of being lost.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Report } from '../../../contracts/api/reports';
import { DECLARED_STATUSES, type DeclaredStatus } from '../../../core/obligations/obligation-status';
import { ApiError } from '../../api/client';
import { useSubmitReport, useUpdateReport } from '../../api/workspace-queries';
import { ChangeErrorAlert } from '../../components/change-error-alert';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { changedFields, fieldsOf, parsePercent, reconcile, sameFields, type EditorBase, type EditableFields } from './report-form-state';

const MAX_TEXT = 20_000;

interface ReportEditorProps {
  report: Report;
  /** A 409, or a change by someone else under unsaved edits: the panel offers to reload. */
  onConflict: (unsavedText: string) => void;
  onDone: (message: string, moveFocus?: boolean) => void;
  isFrozen: boolean;
}

interface FormState {
  text: string;
  declaredStatus: DeclaredStatus;
  percentText: string;
}

const formOf = (fields: EditableFields): FormState => ({ text: fields.text, declaredStatus: fields.declaredStatus, percentText: String(fields.percentDone) });
const fieldsOfForm = (form: FormState): EditableFields => ({ text: form.text, declaredStatus: form.declaredStatus, percentDone: parsePercent(form.percentText) ?? Number.NaN });

export function ReportEditor({ report, onConflict, onDone, isFrozen }: ReportEditorProps) {
  const { wt } = useWorkspaceText();
  const update = useUpdateReport();
  const submit = useSubmitReport();
  const [base, setBase] = useState<EditorBase>(() => ({ fields: fieldsOf(report), version: report.version }));
  const [form, setForm] = useState<FormState>(() => formOf(fieldsOf(report)));
  const [driftConflict, setDriftConflict] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const ids = { text: useId(), textHint: useId(), percent: useId(), percentHint: useId(), status: useId() };

  // The report in hand changed (our own answer, a refetch, an upload): decide, during render, what
  // the form does about it.
  const [seenVersion, setSeenVersion] = useState(report.version);
  if (report.version !== seenVersion) {
    setSeenVersion(report.version);
    const outcome = reconcile(base, fieldsOfForm(form), report);
    if (outcome.kind === 'rebase' || outcome.kind === 'saved') setBase(outcome.base);
    else if (outcome.kind === 'reset') {
      setBase(outcome.base);
      setForm(formOf(outcome.base.fields));
    } else if (outcome.kind === 'conflict') setDriftConflict(true);
  }
  useEffect(() => {
    if (driftConflict) onConflict(form.text);
    // Only when the conflict appears; the text at that moment is what the person would lose.
  }, [driftConflict]);

  const draft = fieldsOfForm(form);
  const isDirty = !sameFields(draft, base.fields);
  const isBusy = update.isPending || submit.isPending;
  const isLocked = isFrozen || driftConflict || isBusy;

  const fail = (caught: unknown) => {
    if (caught instanceof ApiError && caught.status === 409) onConflict(form.text);
    else setError(caught);
  };

  const validate = (forSubmit: boolean): EditableFields | null => {
    setError(null);
    const percentDone = parsePercent(form.percentText);
    if (percentDone === null) {
      setProblem(wt('reports.editor.percentInvalid'));
      document.getElementById(ids.percent)?.focus();
      return null;
    }
    if (forSubmit && form.text.trim() === '') {
      setProblem(wt('reports.editor.textMissing'));
      document.getElementById(ids.text)?.focus();
      return null;
    }
    setProblem(null);
    return { ...draft, percentDone };
  };

  const save = async (fields: EditableFields): Promise<Report | null> => {
    const edit = changedFields(base.fields, fields);
    if (!edit) return null;
    const saved = await update.mutateAsync({ id: report.id, version: base.version, edit });
    setBase({ fields: fieldsOf(saved), version: saved.version });
    setSeenVersion(saved.version);
    return saved;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    const fields = validate(false);
    if (!fields) return;
    try {
      await save(fields);
      onDone(wt('reports.editor.saved'));
    } catch (caught) {
      fail(caught);
    }
  };

  const onSubmit = async () => {
    const fields = validate(true);
    if (!fields) return;
    try {
      const saved = await save(fields);
      await submit.mutateAsync({ id: report.id, version: saved?.version ?? base.version });
      onDone(wt('reports.editor.submitted'), true);
    } catch (caught) {
      fail(caught);
    }
  };

  return (
    <form className="stacked-form report-editor" onSubmit={(event) => void onSave(event)} noValidate aria-busy={isBusy}>
      <ChangeErrorAlert problem={problem} error={error} />
      <div className="field field-wide">
        <label htmlFor={ids.text} className="field-label">
          {wt('reports.fields.text')}
        </label>
        <textarea
          id={ids.text}
          rows={10}
          maxLength={MAX_TEXT}
          value={form.text}
          aria-describedby={ids.textHint}
          readOnly={driftConflict || isFrozen}
          onChange={(event) => setForm({ ...form, text: event.target.value })}
        />
        <span id={ids.textHint} className="field-hint">
          {wt('reports.editor.textHint', { used: form.text.length, max: MAX_TEXT })}
        </span>
      </div>
      <fieldset className="field radio-group">
        <legend className="field-label">{wt('reports.fields.declaredStatus')}</legend>
        {DECLARED_STATUSES.map((status) => (
          <label key={status} className="radio">
            <input
              type="radio"
              name={ids.status}
              value={status}
              checked={form.declaredStatus === status}
              disabled={driftConflict || isFrozen}
              onChange={() => setForm({ ...form, declaredStatus: status })}
            />{' '}
            {wt(`reports.declared.${status}`)}
          </label>
        ))}
      </fieldset>
      <div className="field field-narrow">
        <label htmlFor={ids.percent} className="field-label">
          {wt('reports.fields.percentDone')}
        </label>
        <input
          id={ids.percent}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={form.percentText}
          aria-describedby={ids.percentHint}
          aria-invalid={parsePercent(form.percentText) === null ? true : undefined}
          readOnly={driftConflict || isFrozen}
          onChange={(event) => setForm({ ...form, percentText: event.target.value })}
        />
        <span id={ids.percentHint} className="field-hint">
          {wt('reports.editor.percentHint')}
        </span>
      </div>
      <p className="actions-row">
        <button type="submit" className="button button-outline" disabled={isLocked || !isDirty}>
          {update.isPending && !submit.isPending ? wt('reports.editor.saving') : wt('reports.editor.save')}
        </button>
        {report.abilities.canSubmit && (
          <button type="button" className="button" disabled={isLocked} onClick={() => void onSubmit()}>
            {submit.isPending ? wt('reports.editor.submitting') : report.state === 'returned' ? wt('reports.editor.resubmit') : wt('reports.editor.submit')}
          </button>
        )}
        <span className="field-hint">{isDirty ? wt('reports.editor.unsaved') : wt('reports.editor.allSaved')}</span>
      </p>
    </form>
  );
}
