// What a form's save found wrong, announced as an alert: notes about the whole form, then each
// field's problem as a link that moves the focus to the field; and, apart, an error the server
// answered. Forms pass `focusSignal`, changed on each save that finds problems, to move the focus
// to the summary then (not while the person is correcting the fields).
import { useEffect, useRef } from 'react';
import { ChangeErrorAlert } from './change-error-alert';

export interface FieldProblemLink {
  /** Unique in the list. */
  key: string;
  /** The id of the field the link focuses. */
  targetId: string;
  text: string;
}

export function FormErrorSummary({
  title,
  problems,
  notes = [],
  error,
  focusSignal = 0,
}: {
  title: string;
  problems: readonly FieldProblemLink[];
  notes?: readonly string[];
  error: unknown;
  focusSignal?: number;
}) {
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusSignal > 0) summaryRef.current?.focus();
  }, [focusSignal]);
  return (
    <>
      {(problems.length > 0 || notes.length > 0) && (
        <div ref={summaryRef} className="form-errors" role="alert" tabIndex={-1}>
          <h3>{title}</h3>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
            {problems.map((problem) => (
              <li key={problem.key}>
                <a
                  href={`#${problem.targetId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(problem.targetId)?.focus();
                  }}
                >
                  {problem.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ChangeErrorAlert error={error} />
    </>
  );
}
