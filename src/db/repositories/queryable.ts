import type pg from 'pg';
import '../pg-types';

/** A pool or a client inside a transaction: repositories work with either. */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** Escapes LIKE wildcards so that user text matches literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** jsonb_build_object of an organisation row aliased `o`, in the API's shape. */
export const ORGANIZATION_JSON = "jsonb_build_object('code', o.code, 'kind', o.kind, 'names', o.names, 'shortNames', o.short_names)";
