// What every route can reach: the database pool and the app's configuration.
import type pg from 'pg';
import type { Actor } from '../core/access/actor';

export interface ServerDeps {
  pool: pg.Pool;
  version: string;
  /** Folder holding the built web app (index.html and assets); absent when not built. */
  webRoot: string | null;
}

export interface AppEnv {
  Variables: {
    deps: ServerDeps;
    /** The signed-in user or token owner; null for the public. Set by the authentication middleware. */
    actor: Actor | null;
  };
}
