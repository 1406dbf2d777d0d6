import type { Queryable } from './queryable';

/** The plan register's change counter (migration 0007); a named statement, prepared once per connection. */
export async function registerVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ version: number }>({ name: 'register-version', text: 'select version from register_version where id = 1' });
  return rows[0]?.version ?? 0;
}
