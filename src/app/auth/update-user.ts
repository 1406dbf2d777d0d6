// An admin changes a user: roles, name, organisation, disabled. The change applies only to the
// version the admin saw (409 otherwise). Disabling ends the user's sessions at once; their API
// tokens stop working because every request checks the user, and work again if re-enabled.
// The change is audited (`user.updated`, `user.disabled` or `user.enabled`) in its transaction.
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { userChangeProblem } from '../../core/access/user-rules';
import { deleteUserSessions } from '../../db/repositories/sessions';
import { findUserById, lockUser, replaceUserRoles, updateUserFields, type UserRecord } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/append-audit';
import { userChangeEntry } from './auth-audit';
import { AuthError } from './auth-error';
import { checkRoles, resolveOrganization } from './create-user';

export interface UserUpdate {
  version: number;
  name?: string | undefined;
  organizationCode?: string | undefined;
  roles?: readonly string[] | undefined;
  isDisabled?: boolean | undefined;
}

export async function updateUser(pool: pg.Pool, actor: Actor, userId: number, update: UserUpdate): Promise<UserRecord> {
  const roles = update.roles === undefined ? undefined : checkRoles(update.roles);
  const problem = userChangeProblem(actor, userId, { roles, isDisabled: update.isDisabled });
  if (problem) throw new AuthError('forbidden', problem);
  const name = update.name?.trim();
  if (name === '') throw new AuthError('invalid', 'The name must not be empty.');

  return withTransaction(pool, async (client) => {
    if (!(await lockUser(client, userId))) throw new AuthError('not_found', `There is no user with the id ${userId}.`);
    const current = (await findUserById(client, userId))!;
    const organizationId = update.organizationCode === undefined ? undefined : await resolveOrganization(client, update.organizationCode);
    const isUpdated = await updateUserFields(client, userId, update.version, { name, isDisabled: update.isDisabled, organizationId });
    if (!isUpdated) {
      throw new AuthError('conflict', `The user was changed by someone else (now version ${current.version}, you sent ${update.version}). Reload and try again.`);
    }
    if (roles) await replaceUserRoles(client, userId, roles);
    if (update.isDisabled === true) await deleteUserSessions(client, userId);
    const changed = (await findUserById(client, userId))!;
    await appendAudit(client, actor.userId, [userChangeEntry(current, changed)]);
    return changed;
  });
}
