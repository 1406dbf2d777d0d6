// Starts one PostgreSQL for the whole test run (the embedded cluster in a temp folder, or the
// server named by TEST_DATABASE_URL) and prepares a template database, migrated and seeded, from
// which every test file clones its own fresh database in a few milliseconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openEmbeddedCluster, type EmbeddedCluster } from '../../src/db/embedded-cluster';
import { migrate } from '../../src/db/migrate';
import { seedDefaultDataset } from '../../src/app/seed-default-dataset';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { adminUrl: string; template: string };
  }
}

function urlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  let cluster: EmbeddedCluster | null = null;
  let home: string | null = null;
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    home = mkdtempSync(join(tmpdir(), 'zhospar-test-'));
    cluster = await openEmbeddedCluster(home);
    const { user, password, host, port } = cluster.connection;
    adminUrl = `postgres://${user}:${encodeURIComponent(password)}@${host}:${port}/postgres`;
  }
  const template = `zhospar_template_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`create database ${template}`);
    const pool = new pg.Pool({ connectionString: urlFor(adminUrl, template), max: 4 });
    try {
      await migrate(pool);
      await seedDefaultDataset(pool);
    } finally {
      await pool.end();
    }
  } catch (error) {
    // Leave no server running behind a failed set-up.
    await admin.end().catch(() => undefined);
    if (cluster) await cluster.stop();
    if (home) rmSync(home, { recursive: true, force: true });
    throw error;
  }
  project.provide('testDatabase', { adminUrl, template });

  return async () => {
    // Drop the databases this run made (the server may be shared), then stop the embedded cluster.
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'zt\\_%' escape '\\' or datname = $1",
      [template],
    );
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.end();
    if (cluster) await cluster.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  };
}
