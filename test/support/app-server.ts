// A real HTTP server on a random port over a fresh test database, serving the built web app:
// what browser tests and benchmarks talk to.
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../src/server/app';
import { builtWebRoot } from '../../src/server/start-server';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestServer {
  url: string;
  db: TestDatabase;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const webRoot = builtWebRoot();
  if (!webRoot) throw new Error('The web app is not built: run `npm run build` before the browser tests.');
  const db = await createTestDatabase();
  const app = createApp({ pool: db.pool, version: 'test', webRoot });
  const server: ServerType = await new Promise((resolve) => {
    const instance = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(instance));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    stop: async () => {
      if ("closeAllConnections" in server) server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.drop();
    },
  };
}
