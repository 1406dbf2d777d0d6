// The coordinator's form that sets a measure's occurrences by hand: rows of period and due date
// (added and removed with the keyboard, focus following), a note, and a save that names the
// schedule version it is based on (If-Match). Problems are tied to their inputs and announced; a
// change by someone else meanwhile (409) stops the form with a notice that asks to reload.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { FormErrorSummary } from '../../components/form-error-summary';
import { checkRows, initialRows, MAX_OCCURRENCES, newRow, type OccurrenceRow, type RowProblem } from './schedule-form-state';
import { useSetManualSchedule, type MeasureSchedule } from './schedule-queries';
import { useScheduleText } from './schedules-i18n';

const MAX_NOTE = 2000;

interface ScheduleFormProps {
  schedule: MeasureSchedule;
  onSaved: (schedule: MeasureSchedule) => void;
  /** After a conflict: read the schedule again (the page then shows a fresh form). */
  onReload: () => void;
}

export function ScheduleForm({ schedule, onSaved, onReload }: ScheduleFormProps) {
  const { st } = useScheduleText();
  const save = useSetManualSchedule();
  const [rows, setRows] = useState<OccurrenceRow[]>(() => initialRows(schedule));
  const [note, setNote] = useState(schedule.manualNote ?? '');
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [formProblem, setFormProblem] = useState<'none' | 'tooMany' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isConflict, setIsConflict] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const ids = { title: `${baseId}-title`, hint: `${baseId}-hint`, note: `${baseId}-note`, add: `${baseId}-add` };
  const inputId = (key: number, field: 'period' | 'due') => `${baseId}-${key}-${field}`;
  const errorId = (key: number, field: 'period' | 'due') => `${baseId}-${key}-${field}-error`;

  // Focus moves after React has drawn the rows it points at.
  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);
  useEffect(() => {
    if (isConflict) conflictRef.current?.focus();
  }, [isConflict]);

  const isBusy = save.isPending;
  const isLocked = isBusy || isConflict;
  const problemOf = (key: number, field: 'period' | 'due') => problems.find((p) => p.key === key && p.field === field);
  const problemText = (problem: RowProblem) => st(`schedules.form.errors.${problem.code}`, { n: problem.n, period: problem.period ?? '' });

  const update = (key: number, field: 'period' | 'due', value: string) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
    // A field being corrected stops being marked; the summary is checked again on the next save.
    setProblems((current) => current.filter((p) => !(p.key === key && p.field === field)));
  };

  const add = () => {
    const row = newRow();
    setRows((current) => [...current, row]);
    setAnnouncement(st('schedules.form.added', { n: rows.length + 1 }));
    setFocusTarget(inputId(row.key, 'period'));
  };

  const remove = (key: number) => {
    const index = rows.findIndex((row) => row.key === key);
    const next = rows.filter((row) => row.key !== key);
    setRows(next);
    setProblems((current) => current.filter((p) => p.key !== key));
    setAnnouncement(st('schedules.form.removed', { n: next.length }));
    const neighbour = next[Math.min(index, next.length - 1)];
    setFocusTarget(neighbour ? inputId(neighbour.key, 'period') : ids.add);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const check = checkRows(rows);
    if (!check.ok) {
      setProblems(check.problems);
      setFormProblem(check.formProblem);
      const first = check.problems[0];
      setFocusTarget(first ? inputId(first.key, first.field) : ids.add);
      return;
    }
    setProblems([]);
    setFormProblem(null);
    try {
      const trimmed = note.trim();
      const saved = await save.mutateAsync({ measureId: schedule.measureId, version: schedule.version, occurrences: check.occurrences, ...(trimmed ? { note: trimmed } : {}) });
      onSaved(saved);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) setIsConflict(true);
      else setError(caught);
    }
  };

  return (
    <section className="panel schedule-form" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{st('schedules.form.title')}</h2>
      <p className="section-intro">{st('schedules.form.intro')}</p>
      {isConflict && (
        <div ref={conflictRef} className="conflict-notice" role="alert" aria-labelledby={`${baseId}-conflict`} tabIndex={-1}>
          <h3 id={`${baseId}-conflict`}>{st('schedules.conflict.title')}</h3>
          <p>{st('schedules.conflict.text')}</p>
          <p className="actions-row">
            <button type="button" className="button" onClick={onReload}>
              {st('schedules.conflict.reload')}
            </button>
          </p>
        </div>
      )}
      <form className="stacked-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={isBusy}>
        <FormErrorSummary
          title={st('schedules.form.errorsTitle')}
          notes={formProblem === 'none' ? [st('schedules.form.errors.none')] : formProblem === 'tooMany' ? [st('schedules.form.errors.tooMany', { max: MAX_OCCURRENCES })] : []}
          problems={problems.map((problem) => ({ key: `${problem.key}-${problem.field}`, targetId: inputId(problem.key, problem.field), text: problemText(problem) }))}
          error={error}
        />
        <fieldset className="occurrence-rows" disabled={isLocked}>
          <legend className="field-label">{st('schedules.form.rows')}</legend>
          <p id={ids.hint} className="field-hint">
            {st('schedules.form.periodHint')}
          </p>
          <ol className="occurrence-list">
            {rows.map((row, index) => {
              const n = index + 1;
              const periodProblem = problemOf(row.key, 'period');
              const dueProblem = problemOf(row.key, 'due');
              const labelId = `${baseId}-${row.key}-label`;
              return (
                <li key={row.key} className="occurrence-row" role="group" aria-labelledby={labelId}>
                  <span id={labelId} className="occurrence-label">
                    {st('schedules.form.row', { n })}
                  </span>
                  <div className="field">
                    <label htmlFor={inputId(row.key, 'period')} className="field-label">
                      {st('schedules.form.period')}
                    </label>
                    <input
                      id={inputId(row.key, 'period')}
                      type="text"
                      inputMode="text"
                      autoComplete="off"
                      spellCheck={false}
                      size={12}
                      maxLength={10}
                      value={row.period}
                      aria-describedby={[ids.hint, periodProblem ? errorId(row.key, 'period') : null].filter(Boolean).join(' ')}
                      aria-invalid={periodProblem ? true : undefined}
                      onChange={(event) => update(row.key, 'period', event.target.value)}
                    />
                    {periodProblem && (
                      <span id={errorId(row.key, 'period')} className="field-error">
                        {problemText(periodProblem)}
                      </span>
                    )}
                  </div>
                  <div className="field">
                    <label htmlFor={inputId(row.key, 'due')} className="field-label">
                      {st('schedules.form.due')}
                    </label>
                    <input
                      id={inputId(row.key, 'due')}
                      type="date"
                      value={row.due}
                      aria-describedby={dueProblem ? errorId(row.key, 'due') : undefined}
                      aria-invalid={dueProblem ? true : undefined}
                      onChange={(event) => update(row.key, 'due', event.target.value)}
                    />
                    {dueProblem && (
                      <span id={errorId(row.key, 'due')} className="field-error">
                        {problemText(dueProblem)}
                      </span>
                    )}
                  </div>
                  <button type="button" className="button-quiet" aria-label={st('schedules.form.removeLabel', { n })} disabled={rows.length === 1} onClick={() => remove(row.key)}>
                    {st('schedules.form.remove')}
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="actions-row">
            <button id={ids.add} type="button" className="button button-outline" onClick={add} disabled={rows.length >= MAX_OCCURRENCES}>
              {st('schedules.form.add')}
            </button>
          </p>
        </fieldset>
        <div className="field field-wide">
          <label htmlFor={ids.note} className="field-label">
            {st('schedules.form.note')}
          </label>
          <textarea id={ids.note} rows={2} maxLength={MAX_NOTE} value={note} readOnly={isLocked} onChange={(event) => setNote(event.target.value)} />
        </div>
        <p className="actions-row">
          <button type="submit" className="button" disabled={isLocked}>
            {isBusy ? st('schedules.form.saving') : st('schedules.form.save')}
          </button>
        </p>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </form>
    </section>
  );
}
