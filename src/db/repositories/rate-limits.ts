// Fixed-window rate-limit counters shared by every app process through the database.
import type { Queryable } from './queryable';

/** Adds one to the counter of the key in the window and returns the new count. */
export async function incrementCounter(db: Queryable, key: string, windowStart: Date): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `insert into rate_limit_counters as c (key, window_start, count) values ($1, $2, 1)
     on conflict (key, window_start) do update set count = c.count + 1
     returning c.count`,
    [key, windowStart],
  );
  return rows[0]!.count;
}

export async function readCounter(db: Queryable, key: string, windowStart: Date): Promise<number> {
  const { rows } = await db.query<{ count: number }>('select count from rate_limit_counters where key = $1 and window_start = $2', [key, windowStart]);
  return rows[0]?.count ?? 0;
}

/** Forgets windows that started before `before`. */
export async function deleteCountersBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('delete from rate_limit_counters where window_start < $1', [before]);
  return rowCount ?? 0;
}
