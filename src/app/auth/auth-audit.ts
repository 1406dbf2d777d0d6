// What the audit trail records of people and access: public fields only. Password hashes, token
// hashes and secrets never reach an audit row (the trail is kept for good and read by
// coordinators). Sign-in, sign-out, sessions, lockout counters and a token's last use are not
// audited: they are not changes of a user's or a token's state.
import type { ApiTokenRecord } from '../../db/repositories/api-tokens';
import type { UserRecord } from '../../db/repositories/users';
import type { AuditEntry } from '../audit/append-audit';

export interface UserAuditView {
  id: number;
  email: string;
  name: string;
  organizationCode: string;
  roles: string[];
  isDisabled: boolean;
  version: number;
}

export function userAuditView(user: UserRecord): UserAuditView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    organizationCode: user.organizationCode,
    roles: [...user.roles],
    isDisabled: user.isDisabled,
    version: user.version,
  };
}

export function userCreatedEntry(user: UserRecord): AuditEntry {
  return { action: 'user.created', entityType: 'user', entityId: user.id, before: null, after: userAuditView(user) };
}

/** A change of a user's record: `user.disabled` or `user.enabled` when it turns that switch, else `user.updated`. */
export function userChangeEntry(before: UserRecord, after: UserRecord): AuditEntry {
  const action = !before.isDisabled && after.isDisabled ? 'user.disabled' : before.isDisabled && !after.isDisabled ? 'user.enabled' : 'user.updated';
  return { action, entityType: 'user', entityId: after.id, before: userAuditView(before), after: userAuditView(after) };
}

/** A password change: when and the record's version, never any password material. */
export function passwordChangeEntry(before: UserRecord, after: UserRecord): AuditEntry {
  return {
    action: 'user.password_changed',
    entityType: 'user',
    entityId: after.id,
    before: { passwordChangedAt: before.passwordChangedAt, version: before.version },
    after: { passwordChangedAt: after.passwordChangedAt, version: after.version },
  };
}

/** An admin's reset of a user's password: like a change, when and the version, never any password material. */
export function passwordResetEntry(before: UserRecord, after: UserRecord): AuditEntry {
  return { ...passwordChangeEntry(before, after), action: 'user.password_reset' };
}

/** A token as the audit trail shows it: its id, name, shown prefix and owner; never the token or its hash. */
export function apiTokenAuditView(token: ApiTokenRecord): { id: number; name: string; prefix: string; userId: number; revokedAt: Date | null } {
  return { id: token.id, name: token.name, prefix: token.prefix, userId: token.userId, revokedAt: token.revokedAt };
}

export function apiTokenCreatedEntry(token: ApiTokenRecord): AuditEntry {
  return { action: 'api_token.created', entityType: 'api_token', entityId: token.id, before: null, after: apiTokenAuditView(token) };
}

/** One row per token revoked now (tokens revoked earlier are not in `revoked`). */
export function apiTokenRevokedEntries(revoked: readonly ApiTokenRecord[]): AuditEntry[] {
  return revoked.map((token) => ({
    action: 'api_token.revoked',
    entityType: 'api_token',
    entityId: token.id,
    before: apiTokenAuditView({ ...token, revokedAt: null }),
    after: apiTokenAuditView(token),
  }));
}
