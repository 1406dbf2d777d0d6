import type { Actor } from '../../core/access/actor';
import type { UserRecord } from '../../db/repositories/users';

/** The acting identity of a user, as guards and use cases see it. */
export function actorOf(user: UserRecord, via: Actor['via']): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    organizationId: user.organizationId,
    organizationCode: user.organizationCode,
    roles: user.roles,
    via,
  };
}
