// Issues a personal API token for a user. The token is returned once; only its hash is kept. The
// new token is audited (`api_token.created`: id, name, shown prefix, owner) in the same transaction.
import type pg from 'pg';
import { insertApiToken, type ApiTokenRecord } from '../../db/repositories/api-tokens';
import { findUserByEmail, findUserById } from '../../db/repositories/users';
import { normalizeEmail } from '../../core/access/password-rules';
import { withTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/append-audit';
import { apiTokenCreatedEntry } from './auth-audit';
import { AuthError } from './auth-error';
import { newApiToken } from './secrets';

export interface IssuedApiToken {
  record: ApiTokenRecord;
  /** The token in clear: shown once, never stored. */
  token: string;
}

/**
 * `actorId`: who issues the token, for the audit trail (the signed-in user for their own token);
 * null for the system (the command line, which has no signed-in user, and test or benchmark setup).
 */
export async function createApiToken(pool: pg.Pool, input: { userId: number; name?: string | undefined }, actorId: number | null = null): Promise<IssuedApiToken> {
  const user = await findUserById(pool, input.userId);
  if (!user) throw new AuthError('not_found', `There is no user with the id ${input.userId}.`);
  if (user.isDisabled) throw new AuthError('forbidden', `The user ${user.email} is disabled; enable the account before issuing tokens.`);
  const name = input.name?.trim() || 'API token';
  const { token, tokenHash, prefix } = newApiToken();
  const record = await withTransaction(pool, async (client) => {
    const inserted = await insertApiToken(client, { userId: user.id, name, prefix, tokenHash });
    await appendAudit(client, actorId, [apiTokenCreatedEntry(inserted)]);
    return inserted;
  });
  return { record, token };
}

export async function createApiTokenForEmail(pool: pg.Pool, input: { email: string; name?: string | undefined }, actorId: number | null): Promise<IssuedApiToken> {
  const user = await findUserByEmail(pool, normalizeEmail(input.email));
  if (!user) throw new AuthError('not_found', `There is no user with the e-mail address ${input.email}.`);
  return createApiToken(pool, { userId: user.id, name: input.name }, actorId);
}
