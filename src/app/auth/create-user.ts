// Creates a user in an organisation with roles. The password is the one given (checked against
// the rules) or, when none is given, a generated one that the caller shows once: there is never a
// fixed default password. The new user is audited (`user.created`) in the same transaction.
import type pg from 'pg';
import { isRole, ROLES, type Role } from '../../core/access/roles';
import { normalizeEmail, passwordProblem } from '../../core/access/password-rules';
import { findOrganizationId } from '../../db/repositories/organizations';
import { findUserByEmail, findUserById, insertUser, type UserRecord } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/append-audit';
import { userCreatedEntry } from './auth-audit';
import { AuthError } from './auth-error';
import { generatePassword, hashPassword } from './passwords';

export interface NewUser {
  email: string;
  name: string;
  organizationCode: string;
  roles: readonly string[];
  /** Omitted: a strong password is generated and returned. */
  password?: string | undefined;
}

export interface CreatedUser {
  user: UserRecord;
  /** The password in clear, to hand over once; it is not stored. */
  password: string;
  isPasswordGenerated: boolean;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRoles(roles: readonly string[]): Role[] {
  if (roles.length === 0) throw new AuthError('invalid', `Give the user at least one role (${ROLES.join(', ')}).`);
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length) throw new AuthError('invalid', `Unknown role ${unknown.map((r) => `"${r}"`).join(', ')}; the roles are ${ROLES.join(', ')}.`);
  return [...new Set(roles as Role[])];
}

export async function resolveOrganization(db: pg.Pool | pg.PoolClient, code: string): Promise<number> {
  const id = await findOrganizationId(db, code.trim().toUpperCase());
  if (id === null) throw new AuthError('invalid', `There is no organisation with the code "${code}" (see GET /api/v1/organizations).`);
  return id;
}

/**
 * `actorId`: the admin who creates the user, as the audit trail names them; null for the system
 * (the command line, which has no signed-in user, and test or benchmark setup).
 */
export async function createUser(pool: pg.Pool, input: NewUser, actorId: number | null = null): Promise<CreatedUser> {
  const email = normalizeEmail(input.email);
  if (!EMAIL_SHAPE.test(email)) throw new AuthError('invalid', `"${input.email}" is not an e-mail address.`);
  const name = input.name.trim();
  if (!name) throw new AuthError('invalid', 'Give the user a name.');
  const roles = checkRoles(input.roles);
  const isPasswordGenerated = input.password === undefined;
  const password = input.password ?? generatePassword();
  const problem = passwordProblem(password, email);
  if (problem) throw new AuthError('invalid', problem);
  const passwordHash = await hashPassword(password);

  const user = await withTransaction(pool, async (client) => {
    const organizationId = await resolveOrganization(client, input.organizationCode);
    if (await findUserByEmail(client, email)) throw new AuthError('conflict', `A user with the e-mail address ${email} already exists.`);
    let userId: number;
    try {
      userId = await insertUser(client, { email, name, organizationId, passwordHash, roles });
    } catch (error) {
      // Two requests creating the same address at once: the unique index decides.
      if ((error as { code?: string }).code === '23505') throw new AuthError('conflict', `A user with the e-mail address ${email} already exists.`);
      throw error;
    }
    const created = (await findUserById(client, userId))!;
    await appendAudit(client, actorId, [userCreatedEntry(created)]);
    return created;
  });
  return { user, password, isPasswordGenerated };
}
