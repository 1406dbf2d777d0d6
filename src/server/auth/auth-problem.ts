// Turns the people-and-access use cases' errors into problem responses.
import { AuthError, type AuthErrorKind } from '../../app/auth/auth-error';
import { HttpProblem } from '../problem';

const STATUS: Record<AuthErrorKind, 400 | 403 | 404 | 409> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409 };

/** Runs a use case, rethrowing its AuthError as the matching HttpProblem. */
export async function asProblem<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AuthError) throw new HttpProblem(STATUS[error.kind], error.message);
    throw error;
  }
}
