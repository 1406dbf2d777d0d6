// Disables a user by e-mail (the CLI's `zhospar user disable`): their sessions end and their
// tokens stop working immediately. Disabling twice changes nothing (and audits nothing); the
// change is audited as `user.disabled` in its transaction.
import type pg from 'pg';
import { normalizeEmail } from '../../core/access/password-rules';
import { deleteUserSessions } from '../../db/repositories/sessions';
import { findUserByEmail, findUserById, lockUser, setUserDisabled, type UserRecord } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/append-audit';
import { userChangeEntry } from './auth-audit';
import { AuthError } from './auth-error';

/** `actorId`: who disables, for the audit trail; null for the system (the command line has no signed-in user). */
export async function disableUser(pool: pg.Pool, email: string, actorId: number | null): Promise<{ user: UserRecord; wasDisabled: boolean }> {
  return withTransaction(pool, async (client) => {
    const found = await findUserByEmail(client, normalizeEmail(email));
    if (!found) throw new AuthError('not_found', `There is no user with the e-mail address ${email}.`);
    await lockUser(client, found.id);
    const user = (await findUserById(client, found.id))!;
    if (user.isDisabled) return { user, wasDisabled: true };
    await setUserDisabled(client, user.id, true);
    await deleteUserSessions(client, user.id);
    const disabled = (await findUserById(client, user.id))!;
    await appendAudit(client, actorId, [userChangeEntry(user, disabled)]);
    return { user: disabled, wasDisabled: false };
  });
}
