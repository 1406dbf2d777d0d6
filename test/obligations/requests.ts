// Calling the API as a user (personal API token) or as the public, in the tests of this folder.
import type { createApp } from '../../src/server/app';

export type App = ReturnType<typeof createApp>;

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  ifMatch?: number | string;
  headers?: Record<string, string>;
}

export interface CallResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read many shapes; each asserts what it needs
export async function call<T = any>(app: App, method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.ifMatch !== undefined) headers['if-match'] = typeof options.ifMatch === 'number' ? `"${options.ifMatch}"` : options.ifMatch;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, body: (type.includes('json') && text ? JSON.parse(text) : text) as T, headers: response.headers, text };
}

/** A multipart body with one file in the field `file`. */
export function fileForm(name: string, bytes: Uint8Array, type = 'application/octet-stream'): FormData {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name, { type }));
  return form;
}
