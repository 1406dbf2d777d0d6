// Server-side sessions, keyed by the SHA-256 of the cookie's secret.
import { USER_COLUMNS, toUserRecord, type UserRecord, type UserRow } from './users';
import type { Queryable } from './queryable';

export interface SessionRecord {
  id: string;
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

interface SessionRow {
  session_id: string;
  session_user_id: number;
  session_created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

function toSession(row: SessionRow): SessionRecord {
  return { id: row.session_id, userId: row.session_user_id, createdAt: row.session_created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
}

const SESSION_COLUMNS = 's.id as session_id, s.user_id as session_user_id, s.created_at as session_created_at, s.last_seen_at, s.expires_at';

export async function insertSession(db: Queryable, session: { id: string; userId: number; now: Date; expiresAt: Date }): Promise<void> {
  await db.query('insert into sessions (id, user_id, created_at, last_seen_at, expires_at) values ($1, $2, $3, $3, $4)', [
    session.id,
    session.userId,
    session.now,
    session.expiresAt,
  ]);
}

const SESSION_WITH_USER_SQL = `
  select ${SESSION_COLUMNS}, ${USER_COLUMNS}
    from sessions s join users u on u.id = s.user_id join organizations o on o.id = u.organization_id
   where s.id = $1`;

/** The session with its user, in one query: every cookie-authenticated request needs both. */
export async function findSessionWithUser(db: Queryable, id: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  // A named prepared statement: every request made with a session runs it.
  const { rows } = await db.query<SessionRow & UserRow>({ name: 'session-with-user', text: SESSION_WITH_USER_SQL, values: [id] });
  const row = rows[0];
  return row ? { session: toSession(row), user: toUserRecord(row) } : null;
}

export async function touchSession(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('update sessions set last_seen_at = $2 where id = $1 and last_seen_at < $2', [id, now]);
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query('delete from sessions where id = $1', [id]);
}

/** Ends every session of the user except `keepId` (the one changing the password keeps working). */
export async function deleteUserSessions(db: Queryable, userId: number, keepId: string | null = null): Promise<number> {
  const { rowCount } = await db.query('delete from sessions where user_id = $1 and ($2::text is null or id <> $2)', [userId, keepId]);
  return rowCount ?? 0;
}

/** Removes sessions that can no longer be used, past either limit. */
export async function deleteEndedSessions(db: Queryable, now: Date, idleMs: number): Promise<number> {
  const { rowCount } = await db.query(
    `delete from sessions where expires_at <= $1 or last_seen_at <= $1::timestamptz - make_interval(secs => $2::double precision / 1000)`,
    [now, idleMs],
  );
  return rowCount ?? 0;
}
