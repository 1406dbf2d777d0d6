// On a fresh installation nobody can sign in: there is no default password. The server says how
// to create the first admin instead.
import type pg from 'pg';
import { hasActiveAdmin } from '../../db/repositories/users';

export const FIRST_ADMIN_COMMAND = 'npx zhospar user add --email you@example.kz --name "Your Name" --org MIC --role admin';

/** The advice to print at start-up, or null when an enabled admin exists. */
export async function firstAdminHint(pool: pg.Pool): Promise<string | null> {
  if (await hasActiveAdmin(pool)) return null;
  return `No admin user exists yet, so nobody can sign in. Create the first one with:\n  ${FIRST_ADMIN_COMMAND}\n(the password is read from standard input, or generated and printed once).`;
}
