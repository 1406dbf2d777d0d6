// Opens the database: the server named by DATABASE_URL, or the embedded cluster in ZHOSPAR_HOME.
import pg from 'pg';
import { resolve } from 'node:path';
import './pg-types';
import { openEmbeddedCluster, type EmbeddedCluster } from './embedded-cluster';


export const EMBEDDED_DATABASE = 'zhospar';

export interface Database {
  pool: pg.Pool;
  kind: 'embedded' | 'server';
  /** A description safe to print: no password. */
  description: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  home?: string;
  poolSize?: number;
  /** Database name inside the embedded cluster (tests use their own). */
  databaseName?: string;
}

export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    home: resolve(env.ZHOSPAR_HOME ?? '.zhospar'),
    ...(env.ZHOSPAR_DB_POOL_SIZE ? { poolSize: poolSizeFrom(env.ZHOSPAR_DB_POOL_SIZE) } : {}),
  };
}

function poolSizeFrom(raw: string): number {
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 500) throw new Error(`ZHOSPAR_DB_POOL_SIZE must be a whole number from 1 to 500, got "${raw}".`);
  return size;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (unparsable)';
  }
}

async function ensureDatabaseExists(cluster: EmbeddedCluster, name: string): Promise<void> {
  const admin = new pg.Client({ ...cluster.connection, database: 'postgres' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      try {
        await admin.query(`create database "${name.replace(/"/g, '""')}"`);
      } catch (error) {
        // Another process created it between our check and our create.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await admin.end();
  }
}

/** Stops the embedded server unless another process still has a connection to it. */
async function leaveCluster(cluster: EmbeddedCluster): Promise<void> {
  const probe = new pg.Client({ ...cluster.connection, database: 'postgres' });
  let others = 0;
  try {
    await probe.connect();
    const { rows } = await probe.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
    );
    others = rows[0]?.n ?? 0;
  } catch {
    return; // already stopped
  } finally {
    await probe.end().catch(() => undefined);
  }
  if (others === 0) await cluster.stop();
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  // Enough connections for a busy 2-core server; each process holds this many at most.
  const max = options.poolSize ?? 20;
  // A new connection costs a PostgreSQL process, a SCRAM authentication and preparing the named
  // statements again, and is opened just when requests pile up. pg closes idle ones after 10 s,
  // so every lull of a reporting day shrank the pool and the next burst paid for it; keep them.
  const idleTimeoutMillis = 10 * 60_000;
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max, idleTimeoutMillis });
    return { pool, kind: 'server', description: redactUrl(options.databaseUrl), close: () => pool.end() };
  }
  const home = options.home ?? resolve('.zhospar');
  const cluster = await openEmbeddedCluster(home);
  const database = options.databaseName ?? EMBEDDED_DATABASE;
  await ensureDatabaseExists(cluster, database);
  const pool = new pg.Pool({ ...cluster.connection, database, max, idleTimeoutMillis });
  // A connection held for the process's lifetime marks it as a user of the cluster, so that
  // another process leaving does not stop the server under us while our pool happens to be idle.
  const presence = new pg.Client({ ...cluster.connection, database, application_name: 'zhospar-presence' });
  await presence.connect();
  presence.on('error', () => undefined);
  let isClosed = false;
  return {
    pool,
    kind: 'embedded',
    description: `embedded PostgreSQL in ${cluster.dataDir} (127.0.0.1:${cluster.connection.port}, database ${database})`,
    close: async () => {
      if (isClosed) return;
      isClosed = true;
      await pool.end();
      await presence.end().catch(() => undefined);
      await leaveCluster(cluster);
    },
  };
}
