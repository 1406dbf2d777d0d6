// What every route can reach: the database pool and the app's configuration.
import type pg from 'pg';

export interface ServerDeps {
  pool: pg.Pool;
  version: string;
  /** Folder holding the built web app (index.html and assets); absent when not built. */
  webRoot: string | null;
}

export interface AppEnv {
  Variables: { deps: ServerDeps };
}
