// Authorisation checks for route handlers. Authentication (sessions, tokens) sets the actor in the
// context; these guards turn a missing actor into 401 and a missing permission into 403.
import type { Context } from 'hono';
import { hasPermission, type Actor } from '../../core/access/actor';
import type { Permission } from '../../core/access/roles';
import type { AppEnv } from '../context';
import { HttpProblem } from '../problem';

export function currentActor(c: Context<AppEnv>): Actor | null {
  return c.get('actor') ?? null;
}

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = currentActor(c);
  if (!actor) throw new HttpProblem(401, 'Sign in (or send a personal API token as "Authorization: Bearer <token>") to do this.');
  return actor;
}

export function requirePermission(c: Context<AppEnv>, permission: Permission): Actor {
  const actor = requireActor(c);
  if (!hasPermission(actor, permission)) throw new HttpProblem(403, `Your roles (${actor.roles.join(', ')}) do not allow this (${permission}).`);
  return actor;
}
