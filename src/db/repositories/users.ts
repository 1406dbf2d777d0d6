// Users, their roles and their sign-in state. E-mail addresses are stored lower-cased; callers
// pass them already normalised (see normalizeEmail in core). `search_text` is the name folded for
// search (foldForSearch), written with the name, so that the text filter does not depend on the
// database's locale.
import type { Role } from '../../core/access/roles';
import { foldForSearch } from '../../core/text/search-text';
import { likePattern, type Queryable } from './queryable';

export interface UserRecord {
  id: number;
  email: string;
  name: string;
  organizationId: number;
  organizationCode: string;
  roles: Role[];
  isDisabled: boolean;
  failedSignIns: number;
  lockedUntil: Date | null;
  passwordChangedAt: Date;
  createdAt: Date;
  version: number;
}

/** A user with the password hash: only sign-in and password change ever read it. */
export interface UserWithPassword extends UserRecord {
  passwordHash: string;
}

/** Columns of a user row aliased `u` joined to its organisation `o`; shared with sessions and tokens. */
export const USER_COLUMNS = `
  u.id as user_id, u.email, u.name, u.organization_id, o.code as organization_code,
  array(select r.role from user_roles r where r.user_id = u.id order by r.role) as roles,
  u.is_disabled, u.failed_sign_ins, u.locked_until, u.password_changed_at, u.created_at as user_created_at, u.version`;

export interface UserRow {
  user_id: number;
  email: string;
  name: string;
  organization_id: number;
  organization_code: string;
  roles: Role[];
  is_disabled: boolean;
  failed_sign_ins: number;
  locked_until: Date | null;
  password_changed_at: Date;
  user_created_at: Date;
  version: number;
}

export function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.user_id,
    email: row.email,
    name: row.name,
    organizationId: row.organization_id,
    organizationCode: row.organization_code,
    roles: row.roles,
    isDisabled: row.is_disabled,
    failedSignIns: row.failed_sign_ins,
    lockedUntil: row.locked_until,
    passwordChangedAt: row.password_changed_at,
    createdAt: row.user_created_at,
    version: row.version,
  };
}

const FROM_USERS = 'from users u join organizations o on o.id = u.organization_id';

export async function insertUser(
  db: Queryable,
  user: { email: string; name: string; organizationId: number; passwordHash: string; roles: readonly Role[] },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into users (email, name, organization_id, password_hash, search_text) values ($1, $2, $3, $4, $5) returning id`,
    [user.email, user.name, user.organizationId, user.passwordHash, foldForSearch(user.name)],
  );
  const id = rows[0]!.id;
  await replaceUserRoles(db, id, user.roles);
  return id;
}

export async function replaceUserRoles(db: Queryable, userId: number, roles: readonly Role[]): Promise<void> {
  await db.query('delete from user_roles where user_id = $1', [userId]);
  await db.query('insert into user_roles (user_id, role) select $1, unnest($2::text[])', [userId, [...new Set(roles)]]);
}

export async function findUserById(db: Queryable, id: number): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRow>(`select ${USER_COLUMNS} ${FROM_USERS} where u.id = $1`, [id]);
  return rows[0] ? toUserRecord(rows[0]) : null;
}

/**
 * Locks the user's row until the end of the transaction, so that what is read next is what the
 * change starts from (the audit trail's "before"); false when there is no such user.
 */
export async function lockUser(db: Queryable, id: number): Promise<boolean> {
  const { rowCount } = await db.query('select 1 from users where id = $1 for update', [id]);
  return rowCount === 1;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRow>(`select ${USER_COLUMNS} ${FROM_USERS} where lower(u.email) = lower($1)`, [email]);
  return rows[0] ? toUserRecord(rows[0]) : null;
}

/**
 * The user with the password hash, locking the row when `forUpdate` so that concurrent failed
 * sign-ins (perhaps through different app processes) count one after another.
 */
export async function findUserForSignIn(db: Queryable, email: string, forUpdate: boolean): Promise<UserWithPassword | null> {
  const { rows } = await db.query<UserRow & { password_hash: string }>(
    `select ${USER_COLUMNS}, u.password_hash ${FROM_USERS} where lower(u.email) = lower($1) ${forUpdate ? 'for update of u' : ''}`,
    [email],
  );
  const row = rows[0];
  return row ? { ...toUserRecord(row), passwordHash: row.password_hash } : null;
}

export async function findPasswordHash(db: Queryable, userId: number): Promise<string | null> {
  const { rows } = await db.query<{ password_hash: string }>('select password_hash from users where id = $1', [userId]);
  return rows[0]?.password_hash ?? null;
}

export interface UserFilter {
  /** Text to find in the e-mail address or the name; folded here as the stored names are. */
  search?: string | undefined;
  organizationCode?: string | undefined;
  role?: Role | undefined;
  isDisabled?: boolean | undefined;
}

/** A page of users by e-mail, with the count of every user the filter matches. */
export async function listUsers(
  db: Queryable,
  query: UserFilter & { limit: number; offset: number },
): Promise<{ items: UserRecord[]; total: number }> {
  const pattern = query.search ? likePattern(foldForSearch(query.search)) : null;
  const where = `($1::text is null or u.email like $1 or u.search_text like $1)
      and ($2::text is null or o.code = upper($2))
      and ($3::text is null or exists (select 1 from user_roles f where f.user_id = u.id and f.role = $3))
      and ($4::boolean is null or u.is_disabled = $4)`;
  const params = [pattern, query.organizationCode ?? null, query.role ?? null, query.isDisabled ?? null];
  const { rows } = await db.query<UserRow & { total: number }>(
    `select ${USER_COLUMNS}, count(*) over () as total ${FROM_USERS} where ${where} order by u.email limit $5 offset $6`,
    [...params, query.limit, query.offset],
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    // The page is past the end (or nothing matches): count without paging so "total" stays true.
    const { rows: count } = await db.query<{ n: number }>(`select count(*) as n ${FROM_USERS} where ${where}`, params);
    total = count[0]!.n;
  }
  return { items: rows.map(toUserRecord), total };
}

/** Folds the names not folded yet (users that existed before names were folded for search). */
export async function fillUserSearchText(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ id: number; name: string }>('select id, name from users where search_text is null');
  for (const row of rows) await db.query('update users set search_text = $2 where id = $1', [row.id, foldForSearch(row.name)]);
  return rows.length;
}

export async function saveSignInState(db: Queryable, userId: number, state: { failedSignIns: number; lockedUntil: Date | null }): Promise<void> {
  await db.query('update users set failed_sign_ins = $2, locked_until = $3 where id = $1', [userId, state.failedSignIns, state.lockedUntil]);
}

export async function savePasswordHash(db: Queryable, userId: number, passwordHash: string, now: Date): Promise<void> {
  await db.query(
    'update users set password_hash = $2, password_changed_at = $3, updated_at = $3, version = version + 1 where id = $1',
    [userId, passwordHash, now],
  );
}

/**
 * Changes the given fields when the stored version is `expectedVersion`; returns false when it
 * is not (someone else changed the user first) so that nothing is overwritten.
 */
export async function updateUserFields(
  db: Queryable,
  userId: number,
  expectedVersion: number,
  fields: { name?: string | undefined; isDisabled?: boolean | undefined; organizationId?: number | undefined },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `update users set name = coalesce($3, name), is_disabled = coalesce($4, is_disabled),
            organization_id = coalesce($5, organization_id), search_text = coalesce($6, search_text),
            updated_at = now(), version = version + 1
      where id = $1 and version = $2`,
    [userId, expectedVersion, fields.name ?? null, fields.isDisabled ?? null, fields.organizationId ?? null, fields.name === undefined ? null : foldForSearch(fields.name)],
  );
  return rowCount === 1;
}

export async function setUserDisabled(db: Queryable, userId: number, isDisabled: boolean): Promise<void> {
  await db.query('update users set is_disabled = $2, updated_at = now(), version = version + 1 where id = $1 and is_disabled <> $2', [userId, isDisabled]);
}

/** Whether any enabled user holds the admin role: the first start explains how to create one if not. */
export async function hasActiveAdmin(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(
    `select exists (select 1 from users u join user_roles r on r.user_id = u.id where r.role = 'admin' and not u.is_disabled) as present`,
  );
  return rows[0]!.present;
}
