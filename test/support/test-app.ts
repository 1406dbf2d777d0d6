// The HTTP app on a fresh test database, for `app.request()` tests.
import { createApp } from '../../src/server/app';
import { createTestDatabase, type TestDatabase } from './database';

export async function createTestApp(): Promise<{ app: ReturnType<typeof createApp>; db: TestDatabase }> {
  const db = await createTestDatabase();
  const app = createApp({ pool: db.pool, version: 'test', webRoot: null });
  return { app, db };
}

export async function getJson<T = unknown>(app: ReturnType<typeof createApp>, path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await app.request(path);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}
