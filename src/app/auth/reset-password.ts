// An admin (or the server's command line) resets a user's password, for a user who has forgotten
// theirs. The new password is the one given (checked against the rules) or a generated one that
// the caller shows once. Every session of the user ends, the sign-in lockout and its count of
// failed attempts are cleared (the user can sign in at once), and the version goes up. API tokens
// are not passwords and stay valid: revoke them separately if they may have leaked. The reset is
// audited as `user.password_reset` in its transaction, with no password material in the row.
import type pg from 'pg';
import { normalizeEmail, passwordProblem } from '../../core/access/password-rules';
import { AFTER_SUCCESSFUL_SIGN_IN } from '../../core/access/sign-in-lockout';
import { deleteUserSessions } from '../../db/repositories/sessions';
import { findUserByEmail, findUserById, lockUser, savePasswordHash, saveSignInState, type UserRecord } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/append-audit';
import { passwordResetEntry } from './auth-audit';
import { AuthError } from './auth-error';
import { generatePassword, hashPassword } from './passwords';

export interface PasswordReset {
  /** The user, by id (the API) or by e-mail address (the command line). */
  user: { id: number } | { email: string };
  /** Omitted: a strong password is generated and returned. */
  newPassword?: string | undefined;
  now?: Date;
}

export interface ResetPassword {
  user: UserRecord;
  /** The password in clear, to hand over once; it is not stored. */
  password: string;
  isPasswordGenerated: boolean;
  endedSessions: number;
}

/** `actorId`: the admin who resets, as the audit trail names them; null for the system (the command line). */
export async function resetPassword(pool: pg.Pool, reset: PasswordReset, actorId: number | null): Promise<ResetPassword> {
  const target = reset.user;
  const found = 'id' in target ? await findUserById(pool, target.id) : await findUserByEmail(pool, normalizeEmail(target.email));
  if (!found) throw new AuthError('not_found', 'id' in target ? `There is no user with the id ${target.id}.` : `There is no user with the e-mail address ${target.email}.`);
  const isPasswordGenerated = reset.newPassword === undefined;
  const password = reset.newPassword ?? generatePassword();
  const problem = passwordProblem(password, found.email);
  if (problem) throw new AuthError('invalid', problem);
  const passwordHash = await hashPassword(password);

  return withTransaction(pool, async (client) => {
    if (!(await lockUser(client, found.id))) throw new AuthError('not_found', `There is no user with the id ${found.id}.`);
    const before = (await findUserById(client, found.id))!;
    await savePasswordHash(client, found.id, passwordHash, reset.now ?? new Date());
    await saveSignInState(client, found.id, AFTER_SUCCESSFUL_SIGN_IN);
    const endedSessions = await deleteUserSessions(client, found.id);
    const after = (await findUserById(client, found.id))!;
    await appendAudit(client, actorId, [passwordResetEntry(before, after)]);
    return { user: after, password, isPasswordGenerated, endedSessions };
  });
}
