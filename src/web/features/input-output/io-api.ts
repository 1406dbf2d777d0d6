// State-changing requests of the input-output page: a JSON impact request and the multipart upload
// and delete. With a session cookie, the server wants the session's CSRF token in X-CSRF-Token on
// every POST and DELETE (from GET /api/v1/auth/me); the impact request carries it too.
import type { Problem } from '../../../contracts/api/common';
import { ApiError } from '../../api/client';

interface SendOptions {
  method: 'POST' | 'DELETE';
  json?: unknown;
  form?: FormData;
  csrfToken?: string | null;
}

export async function sendIoRequest<T>(path: string, options: SendOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.json !== undefined) headers['Content-Type'] = 'application/json';
  if (options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method,
      headers,
      // The browser sets the multipart boundary itself when given FormData.
      body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, null, { cause: error, isNetworkError: true });
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function readProblem(response: Response): Promise<Problem | null> {
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return null;
  try {
    const body = (await response.json()) as Partial<Problem>;
    return typeof body.detail === 'string' ? (body as Problem) : null;
  } catch {
    return null;
  }
}
