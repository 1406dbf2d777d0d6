// Request helpers for the authentication tests: JSON in and out, cookies, tokens, client addresses.
import type { createApp } from '../../src/server/app';

export type App = ReturnType<typeof createApp>;

export interface Call {
  method?: string;
  body?: unknown;
  cookie?: string;
  csrfToken?: string;
  token?: string;
  headers?: Record<string, string>;
  /** The client address the node server would see. */
  address?: string;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = Record<string, unknown>>(app: App, path: string, options: Call = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrfToken) headers['x-csrf-token'] = options.csrfToken;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await app.request(
    path,
    { method: options.method ?? 'GET', headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) },
    { incoming: { socket: { remoteAddress: options.address ?? '192.0.2.1' } } },
  );
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

export function sessionCookieOf(answer: Answer): string {
  const setCookie = answer.headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0] ?? '';
}
