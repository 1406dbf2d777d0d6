// Revoking personal API tokens: one's own by id (API), or any by id, shown prefix or owner (CLI).
import type pg from 'pg';
import { API_TOKEN_PREFIX } from './secrets';
import { normalizeEmail } from '../../core/access/password-rules';
import { findApiTokenById, findApiTokensByPrefix, revokeApiTokens, revokeUserApiTokens, type ApiTokenRecord } from '../../db/repositories/api-tokens';
import { findUserByEmail } from '../../db/repositories/users';
import { AuthError } from './auth-error';

/** Revokes a token of the user; another user's token is "not found", to reveal nothing. */
export async function revokeOwnApiToken(pool: pg.Pool, userId: number, tokenId: number, now = new Date()): Promise<void> {
  const token = await findApiTokenById(pool, tokenId);
  if (!token || token.userId !== userId) throw new AuthError('not_found', `You have no API token with the id ${tokenId}.`);
  await revokeApiTokens(pool, [token.id], now);
}

/** Revokes the token named by its id (digits) or the start of its shown prefix (`zsp_AbCd...`). */
export async function revokeApiTokenByReference(pool: pg.Pool, reference: string, now = new Date()): Promise<ApiTokenRecord> {
  const trimmed = reference.trim();
  let token: ApiTokenRecord | null;
  if (/^\d+$/.test(trimmed)) {
    token = await findApiTokenById(pool, Number(trimmed));
  } else {
    if (!trimmed.startsWith(API_TOKEN_PREFIX) || trimmed.length < API_TOKEN_PREFIX.length + 4) {
      throw new AuthError('invalid', `Name the token by its id or by its prefix (at least "${API_TOKEN_PREFIX}" and 4 more characters), e.g. ${API_TOKEN_PREFIX}AbCd.`);
    }
    // Someone may paste the whole token: its shown prefix is what we can match.
    const matches = await findApiTokensByPrefix(pool, trimmed.slice(0, API_TOKEN_PREFIX.length + 8));
    if (matches.length > 1) throw new AuthError('conflict', `${matches.length} tokens start with "${trimmed}"; give more characters or the id (${matches.map((t) => t.id).join(', ')}).`);
    token = matches[0] ?? null;
  }
  if (!token) throw new AuthError('not_found', `No API token has the id or prefix "${trimmed}".`);
  await revokeApiTokens(pool, [token.id], now);
  return token;
}

export async function revokeAllApiTokensOf(pool: pg.Pool, email: string, now = new Date()): Promise<number> {
  const user = await findUserByEmail(pool, normalizeEmail(email));
  if (!user) throw new AuthError('not_found', `There is no user with the e-mail address ${email}.`);
  return revokeUserApiTokens(pool, user.id, now);
}
