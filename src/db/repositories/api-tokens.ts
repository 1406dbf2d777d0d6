// Personal API tokens, stored as SHA-256 hashes. Revoked tokens are kept (revoked_at) so that a
// person can see what existed and when it stopped working.
import { USER_COLUMNS, toUserRecord, type UserRecord, type UserRow } from './users';
import type { Queryable } from './queryable';

export interface ApiTokenRecord {
  id: number;
  name: string;
  prefix: string;
  userId: number;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface ApiTokenRow {
  id: number;
  name: string;
  prefix: string;
  user_id: number;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

function toApiToken(row: ApiTokenRow): ApiTokenRecord {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    userId: row.user_id,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

const TOKEN_COLUMNS = 't.id, t.name, t.prefix, t.user_id, t.created_at, t.last_used_at, t.revoked_at';

export async function insertApiToken(db: Queryable, token: { userId: number; name: string; prefix: string; tokenHash: string }): Promise<ApiTokenRecord> {
  const { rows } = await db.query<ApiTokenRow>(
    `insert into api_tokens as t (user_id, name, prefix, token_hash) values ($1, $2, $3, $4) returning ${TOKEN_COLUMNS}`,
    [token.userId, token.name, token.prefix, token.tokenHash],
  );
  return toApiToken(rows[0]!);
}

const TOKEN_BY_HASH_SQL = `
  select ${TOKEN_COLUMNS}, ${USER_COLUMNS}
    from api_tokens t join users u on u.id = t.user_id join organizations o on o.id = u.organization_id
   where t.token_hash = $1`;

/** The token with its owner, whatever its state: the caller decides (revoked, disabled owner). */
export async function findApiTokenByHash(db: Queryable, tokenHash: string): Promise<{ token: ApiTokenRecord; user: UserRecord } | null> {
  // A named prepared statement: every request made with a token runs it, so it is parsed and
  // planned once per connection.
  const { rows } = await db.query<ApiTokenRow & UserRow>({ name: 'api-token-by-hash', text: TOKEN_BY_HASH_SQL, values: [tokenHash] });
  const row = rows[0];
  return row ? { token: toApiToken(row), user: toUserRecord(row) } : null;
}

/** Records use at most once per `minimumGap`, so that a busy script does not write on every request. */
export async function touchApiToken(db: Queryable, id: number, now: Date, minimumGapMs: number): Promise<void> {
  await db.query(
    `update api_tokens set last_used_at = $2
      where id = $1 and (last_used_at is null or last_used_at < $2::timestamptz - make_interval(secs => $3::double precision / 1000))`,
    [id, now, minimumGapMs],
  );
}

export async function listApiTokens(db: Queryable, filter: { userId?: number }): Promise<ApiTokenRecord[]> {
  const { rows } = await db.query<ApiTokenRow>(
    `select ${TOKEN_COLUMNS} from api_tokens t where ($1::bigint is null or t.user_id = $1) order by t.created_at desc, t.id desc`,
    [filter.userId ?? null],
  );
  return rows.map(toApiToken);
}

export async function findApiTokenById(db: Queryable, id: number): Promise<ApiTokenRecord | null> {
  const { rows } = await db.query<ApiTokenRow>(`select ${TOKEN_COLUMNS} from api_tokens t where t.id = $1`, [id]);
  return rows[0] ? toApiToken(rows[0]) : null;
}

export async function findApiTokensByPrefix(db: Queryable, prefix: string): Promise<ApiTokenRecord[]> {
  const { rows } = await db.query<ApiTokenRow>(`select ${TOKEN_COLUMNS} from api_tokens t where starts_with(t.prefix, $1) order by t.id`, [prefix]);
  return rows.map(toApiToken);
}

/** Revokes the tokens given (already-revoked ones keep their first revocation time); returns those revoked now. */
export async function revokeApiTokens(db: Queryable, ids: readonly number[], now: Date): Promise<ApiTokenRecord[]> {
  const { rows } = await db.query<ApiTokenRow>(
    `update api_tokens as t set revoked_at = $2 where t.id = any($1::bigint[]) and t.revoked_at is null returning ${TOKEN_COLUMNS}`,
    [ids, now],
  );
  return rows.map(toApiToken).sort((a, b) => a.id - b.id);
}

/** Revokes every token of the user not revoked yet; returns those revoked now. */
export async function revokeUserApiTokens(db: Queryable, userId: number, now: Date): Promise<ApiTokenRecord[]> {
  const { rows } = await db.query<ApiTokenRow>(
    `update api_tokens as t set revoked_at = $2 where t.user_id = $1 and t.revoked_at is null returning ${TOKEN_COLUMNS}`,
    [userId, now],
  );
  return rows.map(toApiToken).sort((a, b) => a.id - b.id);
}
