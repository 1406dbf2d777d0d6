// Records as the API shows them: no hashes, timestamps as ISO strings.
import type { ApiToken, User } from '../../contracts/api/auth';
import type { ApiTokenRecord } from '../../db/repositories/api-tokens';
import type { UserRecord } from '../../db/repositories/users';

export function presentUser(user: UserRecord, now = new Date()): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organizationCode: user.organizationCode,
    roles: [...user.roles],
    isDisabled: user.isDisabled,
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil.toISOString() : null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

export function presentApiToken(token: ApiTokenRecord): ApiToken {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/** The version as an entity tag, for ETag and If-Match. */
export function versionTag(version: number): string {
  return `"${version}"`;
}
