// A user changes their own password. Every other session of the user ends (someone who knew the
// old password may be signed in elsewhere); the session making the change stays. API tokens are
// not passwords and stay valid: revoke them separately if they may have leaked. The change is
// audited as `user.password_changed` by the user, with no password material in the row.
import type pg from 'pg';
import { passwordProblem } from '../../core/access/password-rules';
import { deleteUserSessions } from '../../db/repositories/sessions';
import { findPasswordHash, findUserById, lockUser, savePasswordHash } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/append-audit';
import { passwordChangeEntry } from './auth-audit';
import { AuthError } from './auth-error';
import { hashPassword, verifyPassword } from './passwords';
import { sha256Hex } from './secrets';

export interface PasswordChange {
  userId: number;
  currentPassword: string;
  newPassword: string;
  /** The cookie secret of the session making the change, which stays signed in; null for tokens. */
  keepSessionSecret: string | null;
  now?: Date;
}

export async function changePassword(pool: pg.Pool, change: PasswordChange): Promise<{ endedSessions: number }> {
  const user = await findUserById(pool, change.userId);
  if (!user) throw new AuthError('not_found', `There is no user with the id ${change.userId}.`);
  if (!(await verifyPassword(await findPasswordHash(pool, user.id), change.currentPassword))) {
    throw new AuthError('forbidden', 'The current password is not right.');
  }
  const problem = passwordProblem(change.newPassword, user.email);
  if (problem) throw new AuthError('invalid', problem);
  if (change.newPassword === change.currentPassword) throw new AuthError('invalid', 'The new password must differ from the current one.');
  const passwordHash = await hashPassword(change.newPassword);
  const keepId = change.keepSessionSecret === null ? null : sha256Hex(change.keepSessionSecret);
  return withTransaction(pool, async (client) => {
    await lockUser(client, user.id);
    const before = (await findUserById(client, user.id))!;
    await savePasswordHash(client, user.id, passwordHash, change.now ?? new Date());
    const endedSessions = await deleteUserSessions(client, user.id, keepId);
    await appendAudit(client, user.id, [passwordChangeEntry(before, (await findUserById(client, user.id))!)]);
    return { endedSessions };
  });
}
