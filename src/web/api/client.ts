// The one way the web app talks to the server: JSON over fetch, RFC 9457 problems as ApiError.
import type { Problem } from '../../contracts/api/common';
import { isLanguage, type Language } from '../i18n/languages';

export type QueryParams = Record<string, string | number | undefined | null>;

/** A failed request. `problem` is the server's problem+json when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** The language of `problem.detail` (the response's Content-Language; the API writes English). */
  readonly detailLanguage: Language;
  /** True when the server could not be reached at all (no HTTP status). */
  readonly isNetworkError: boolean;
  /** Seconds from the Retry-After header (429 answers); null without one. */
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    problem: Problem | null,
    options?: { cause?: unknown; isNetworkError?: boolean; detailLanguage?: Language; retryAfterSeconds?: number | null },
  ) {
    super(problem?.detail ?? (status ? `HTTP ${status}` : 'Network error'), { cause: options?.cause });
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.detailLanguage = options?.detailLanguage ?? 'en';
    this.isNetworkError = options?.isNetworkError ?? false;
    this.retryAfterSeconds = options?.retryAfterSeconds ?? null;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** 409 because the record changed since it was read (another person's save came first). */
  get isStaleVersion(): boolean {
    return this.status === 409 && this.problem?.type === STALE_VERSION_PROBLEM;
  }
}

export const STALE_VERSION_PROBLEM = 'urn:zhospar:problem:stale-version';

// The session's CSRF token, kept in memory only (never in storage a script of another page could
// read): set from sign-in and GET /api/v1/auth/me, cleared on sign-out. The server wants it in
// X-CSRF-Token on every state-changing request made with the session cookie.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function buildApiUrl(path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const queryString = search.toString();
  return queryString ? `${path}?${queryString}` : path;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  /** Sent as JSON, or as it is when FormData (the browser sets the multipart boundary). */
  body?: unknown;
  /** The version a change is based on, sent as If-Match: "<version>". */
  ifMatch?: number;
  signal?: AbortSignal;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': document.documentElement.lang || 'ru',
  };
  const method = options.method ?? 'GET';
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;

  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, null, { cause: error, isNetworkError: true });
  }

  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response), {
      detailLanguage: contentLanguage(response),
      retryAfterSeconds: retryAfter(response),
    });
  }
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new ApiError(response.status, null, { cause: error });
  }
}

export function apiGet<T>(path: string, query?: QueryParams, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, { query, signal });
}

async function readProblem(response: Response): Promise<Problem | null> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) return null;
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : null;
  } catch {
    return null;
  }
}

function retryAfter(response: Response): number | null {
  const value = response.headers.get('Retry-After');
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function contentLanguage(response: Response): Language {
  const primary = response.headers.get('Content-Language')?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return isLanguage(primary) ? primary : 'en';
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as { detail?: unknown }).detail === 'string';
}
