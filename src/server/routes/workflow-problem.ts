// Turns the obligation, report, calendar and audit use cases' errors into problem responses, and
// reads the version a change is based on (If-Match, or `version` in the body).
import type { Context } from 'hono';
import { WorkflowError, type WorkflowErrorKind } from '../../app/obligations/workflow-error';
import { readExpectedVersion } from '../../core/obligations/expected-version';
import type { AppEnv } from '../context';
import { HttpProblem } from '../problem';

const STATUS: Record<WorkflowErrorKind, 400 | 403 | 404 | 409 | 413 | 415 | 422 | 428> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  stale: 409,
  version_required: 428,
  invalid: 422,
  too_large: 413,
  unsupported_type: 415,
};

/** Problem types a client may want to tell apart from other 409s and 4xxs. */
const TYPE: Partial<Record<WorkflowErrorKind, string>> = {
  stale: 'urn:zhospar:problem:stale-version',
  version_required: 'urn:zhospar:problem:version-required',
  conflict: 'urn:zhospar:problem:state-conflict',
};

/** Runs a use case, rethrowing its WorkflowError as the matching HttpProblem. */
export async function asWorkflowProblem<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof WorkflowError) throw new HttpProblem(STATUS[error.kind], error.message, error.errors, TYPE[error.kind]);
    throw error;
  }
}

/** The expected version from If-Match (preferred) or the body; null when neither is sent. */
export function expectedVersion(c: Context<AppEnv>, bodyVersion?: number): number | null {
  const read = readExpectedVersion(c.req.header('if-match'), bodyVersion);
  if (read.status === 'invalid') throw new HttpProblem(400, read.message);
  return read.status === 'given' ? read.version : null;
}
