// Rules for changing users that do not need the database: an admin cannot lock themselves out.
import type { Actor } from './actor';
import type { Role } from './roles';

export interface UserChange {
  roles?: readonly Role[] | undefined;
  isDisabled?: boolean | undefined;
}

/** Why the actor may not make this change to the user, or null when it is allowed. */
export function userChangeProblem(actor: Actor, targetUserId: number, change: UserChange): string | null {
  if (actor.userId !== targetUserId) return null;
  if (change.isDisabled === true) return 'You cannot disable your own account; ask another admin.';
  if (change.roles && !change.roles.includes('admin') && actor.roles.includes('admin')) {
    return 'You cannot remove your own admin role; ask another admin.';
  }
  return null;
}
