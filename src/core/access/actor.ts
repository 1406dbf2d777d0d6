// Who is acting: a signed-in user (session or personal API token), or the anonymous public.
import { permissionsOf, type Permission, type Role } from './roles';

export interface Actor {
  userId: number;
  email: string;
  name: string;
  organizationId: number;
  organizationCode: string;
  roles: readonly Role[];
  /** How the request was authenticated: browsers use sessions, scripts use tokens. */
  via: 'session' | 'token';
}

export function hasPermission(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && permissionsOf(actor.roles).has(permission);
}

/** True when the actor belongs to the organisation. */
export function isMemberOf(actor: Actor | null, organizationId: number): boolean {
  return actor !== null && actor.organizationId === organizationId;
}
