// A form's one-line alert: a problem the page found before sending (already worded), or else the
// error the server answered, told by ChangeErrorMessage. Nothing when there is neither.
import type { ReactNode } from 'react';
import { ChangeErrorMessage } from '../features/auth/problem-message';

export function ChangeErrorAlert({ error, problem }: { error: unknown; problem?: ReactNode }) {
  if (!problem && (error === null || error === undefined)) return null;
  return (
    <div className="form-errors" role="alert">
      <p>{problem || <ChangeErrorMessage error={error} />}</p>
    </div>
  );
}
