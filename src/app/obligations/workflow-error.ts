// Failures of the obligation, report, calendar and audit use cases, by kind, with a message for the
// person. The HTTP layer maps kinds to status codes; the CLI prints the message.

export type WorkflowErrorKind =
  /** Absent, or not visible to the actor (an executor is never told another organisation's draft exists). */
  | 'not_found'
  /** Visible, but the actor may not do this. */
  | 'forbidden'
  /** The record is not in a state that allows this (submitting an accepted report). */
  | 'conflict'
  /** The change was based on a version that is no longer current. */
  | 'stale'
  /** The change named no version. */
  | 'version_required'
  | 'invalid'
  | 'too_large'
  | 'unsupported_type';

export class WorkflowError extends Error {
  constructor(
    readonly kind: WorkflowErrorKind,
    message: string,
    /** Per-item problems, e.g. of a bulk accept: location (`reports.17`), message and the kind as `code`. */
    readonly errors?: Array<{ location: string; message: string; code?: WorkflowErrorKind }>,
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}

/** 409 when the record moved on since the actor read it; nothing is changed. */
export function checkVersion(what: string, current: number, expected: number | null): void {
  if (expected === null) {
    throw new WorkflowError('version_required', `Send the version of the ${what} you changed, as If-Match: "${current}" (or "version" in the body).`);
  }
  if (expected !== current) {
    throw new WorkflowError('stale', `The ${what} has changed since you read it (you sent version ${expected}, it is now ${current}). Reload it and apply your change again.`);
  }
}
