import type pg from 'pg';
import { listUsers, type UserRecord } from '../../db/repositories/users';

/** Every user, by e-mail: for the CLI's `zhospar user list` (a ministry has hundreds, not millions). */
export async function listAllUsers(pool: pg.Pool): Promise<UserRecord[]> {
  const all: UserRecord[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await listUsers(pool, { limit: 500, offset });
    all.push(...page.items);
    if (all.length >= page.total || page.items.length === 0) return all;
  }
}
