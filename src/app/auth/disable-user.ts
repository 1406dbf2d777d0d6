// Disables a user by e-mail (the CLI's `zhospar user disable`): their sessions end and their
// tokens stop working immediately. Disabling twice changes nothing.
import type pg from 'pg';
import { normalizeEmail } from '../../core/access/password-rules';
import { deleteUserSessions } from '../../db/repositories/sessions';
import { findUserByEmail, setUserDisabled, type UserRecord } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import { AuthError } from './auth-error';

export async function disableUser(pool: pg.Pool, email: string): Promise<{ user: UserRecord; wasDisabled: boolean }> {
  return withTransaction(pool, async (client) => {
    const user = await findUserByEmail(client, normalizeEmail(email));
    if (!user) throw new AuthError('not_found', `There is no user with the e-mail address ${email}.`);
    if (user.isDisabled) return { user, wasDisabled: true };
    await setUserDisabled(client, user.id, true);
    await deleteUserSessions(client, user.id);
    return { user: { ...user, isDisabled: true, version: user.version + 1 }, wasDisabled: false };
  });
}
