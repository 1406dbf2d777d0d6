// Runs Zhospar: opens the database (embedded unless DATABASE_URL is set), applies migrations,
// loads the default dataset on first start, and serves the API and the web app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { openDatabase, type DatabaseOptions } from '../db/connection';
import { migrate } from '../db/migrate';
import { seedIfEmpty } from '../app/seed-default-dataset';
import { firstAdminHint } from '../app/auth/first-admin-hint';
import { packageRoot } from '../io/data-path';
import { APP_VERSION } from '../app/version';
import { createApp } from './app';
import { startObligationUpkeep } from '../app/obligations/obligation-upkeep';
import { startAuditSealer } from '../app/audit/seal-audit';

export interface StartOptions {
  port: number;
  host: string;
  database: DatabaseOptions;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use by another program. Stop it, or choose another port with PORT=<port> or --port <port>.`);
    this.name = 'PortInUseError';
  }
}

export function builtWebRoot(): string | null {
  const root = join(packageRoot(), 'dist', 'web');
  return existsSync(join(root, 'index.html')) ? root : null;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? (() => undefined);
  const db = await openDatabase(options.database);
  try {
    const applied = await migrate(db.pool);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
    const seeded = await seedIfEmpty(db.pool);
    if (seeded) log('Loaded the default dataset (first start).');
    const hint = await firstAdminHint(db.pool);
    if (hint) log(hint);
  } catch (error) {
    await db.close();
    throw error;
  }
  const webRoot = builtWebRoot();
  if (!webRoot) log('The web app is not built (run `npm run build`); serving the API only.');
  const app = createApp({ pool: db.pool, version: APP_VERSION, webRoot });
  let server: ServerType;
  try {
    server = await new Promise((resolve, reject) => {
      const instance = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(instance));
      instance.once('error', reject);
    });
  } catch (error) {
    await db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new PortInUseError(options.port);
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  log(`Database: ${db.description}`);
  const upkeep = startObligationUpkeep(db.pool, log);
  // Links the audit rows that use cases commit into the hash chain, every 250 ms.
  const sealer = startAuditSealer(db.pool, log);
  return {
    url: `http://${shownHost}:${port}`,
    stop: async () => {
      await upkeep.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sealer.stop();
      await db.close();
    },
  };
}
