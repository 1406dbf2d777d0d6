// Revoking personal API tokens: one's own by id (API), or any by id, shown prefix or owner (CLI).
// Each token revoked is audited (`api_token.revoked`) in the same transaction; a token already
// revoked keeps its first revocation and gets no second audit row.
import type pg from 'pg';
import { API_TOKEN_PREFIX } from './secrets';
import { normalizeEmail } from '../../core/access/password-rules';
import { findApiTokenById, findApiTokensByPrefix, revokeApiTokens, revokeUserApiTokens, type ApiTokenRecord } from '../../db/repositories/api-tokens';
import { findUserByEmail } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import { appendAudit } from '../audit/append-audit';
import { apiTokenRevokedEntries } from './auth-audit';
import { AuthError } from './auth-error';

/** Revokes a token of the user (who is also the actor); another user's token is "not found", to reveal nothing. */
export async function revokeOwnApiToken(pool: pg.Pool, userId: number, tokenId: number, now = new Date()): Promise<void> {
  await withTransaction(pool, async (client) => {
    const token = await findApiTokenById(client, tokenId);
    if (!token || token.userId !== userId) throw new AuthError('not_found', `You have no API token with the id ${tokenId}.`);
    await appendAudit(client, userId, apiTokenRevokedEntries(await revokeApiTokens(client, [token.id], now)));
  });
}

/**
 * Revokes the token named by its id (digits) or the start of its shown prefix (`zsp_AbCd...`);
 * returns it as it was before. `actorId`: null for the system (the command line).
 */
export async function revokeApiTokenByReference(pool: pg.Pool, reference: string, actorId: number | null, now = new Date()): Promise<ApiTokenRecord> {
  const trimmed = reference.trim();
  if (!/^\d+$/.test(trimmed) && (!trimmed.startsWith(API_TOKEN_PREFIX) || trimmed.length < API_TOKEN_PREFIX.length + 4)) {
    throw new AuthError('invalid', `Name the token by its id or by its prefix (at least "${API_TOKEN_PREFIX}" and 4 more characters), e.g. ${API_TOKEN_PREFIX}AbCd.`);
  }
  return withTransaction(pool, async (client) => {
    let token: ApiTokenRecord | null;
    if (/^\d+$/.test(trimmed)) {
      token = await findApiTokenById(client, Number(trimmed));
    } else {
      // Someone may paste the whole token: its shown prefix is what we can match.
      const matches = await findApiTokensByPrefix(client, trimmed.slice(0, API_TOKEN_PREFIX.length + 8));
      if (matches.length > 1) throw new AuthError('conflict', `${matches.length} tokens start with "${trimmed}"; give more characters or the id (${matches.map((t) => t.id).join(', ')}).`);
      token = matches[0] ?? null;
    }
    if (!token) throw new AuthError('not_found', `No API token has the id or prefix "${trimmed}".`);
    await appendAudit(client, actorId, apiTokenRevokedEntries(await revokeApiTokens(client, [token.id], now)));
    return token;
  });
}

/** Revokes every token of the user not revoked yet; returns how many. `actorId`: null for the system (the command line). */
export async function revokeAllApiTokensOf(pool: pg.Pool, email: string, actorId: number | null, now = new Date()): Promise<number> {
  return withTransaction(pool, async (client) => {
    const user = await findUserByEmail(client, normalizeEmail(email));
    if (!user) throw new AuthError('not_found', `There is no user with the e-mail address ${email}.`);
    const revoked = await revokeUserApiTokens(client, user.id, now);
    await appendAudit(client, actorId, apiTokenRevokedEntries(revoked));
    return revoked.length;
  });
}
