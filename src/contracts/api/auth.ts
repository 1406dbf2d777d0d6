// People and access: sign-in, the current user and their abilities, personal API tokens, and the
// admins' user management. No schema here carries a password hash or a token hash.
import { z } from 'zod';
import { ROLES } from '../../core/access/roles';
import { MAX_PASSWORD_LENGTH } from '../../core/access/password-rules';
import { pagingQuerySchema } from './common';

const emailSchema = z.string().trim().max(254).pipe(z.email()).meta({ description: 'An e-mail address; compared case-insensitively.' });
const passwordSchema = z.string().min(1).max(MAX_PASSWORD_LENGTH);
const roleSchema = z.enum(ROLES).meta({ id: 'Role', description: 'admin, coordinator (plan owner), executor, reviewer or viewer.' });
const timestampSchema = z.string().meta({ description: 'An ISO 8601 timestamp (UTC).' });

export const userSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    organizationCode: z.string().meta({ description: 'The code of the user\'s organisation, e.g. MIC.' }),
    roles: z.array(roleSchema),
    isDisabled: z.boolean(),
    lockedUntil: timestampSchema.nullable().meta({ description: 'Set while the account is locked after repeated failed sign-ins.' }),
    createdAt: timestampSchema,
    version: z.number().int().meta({ description: 'Send it back (as `If-Match` or `version`) when changing the user.' }),
  })
  .meta({ id: 'User', description: 'A person who signs in: their organisation and roles.' });
export type User = z.infer<typeof userSchema>;

export const abilitiesSchema = z
  .object({
    canReadInternal: z.boolean(),
    canEditPlan: z.boolean(),
    canWriteReports: z.boolean(),
    canReviewReports: z.boolean(),
    canReadAudit: z.boolean(),
    canManageUsers: z.boolean(),
    canManageCalendar: z.boolean(),
    canImportStatistics: z.boolean(),
  })
  .meta({ id: 'Abilities', description: 'What the server allows the current user; the UI shows only these actions.' });

export const sessionInfoSchema = z
  .object({
    user: userSchema,
    abilities: abilitiesSchema,
    csrfToken: z.string().nullable().meta({
      description: 'Send as the `X-CSRF-Token` header on every POST, PUT, PATCH and DELETE made with the session cookie; null for API tokens.',
    }),
  })
  .meta({ id: 'SessionInfo', description: 'The signed-in user, their abilities and the CSRF token of the session.' });
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const signInRequestSchema = z
  .object({ email: emailSchema, password: passwordSchema })
  .meta({ id: 'SignInRequest' });

export const passwordChangeRequestSchema = z
  .object({ currentPassword: passwordSchema, newPassword: passwordSchema.meta({ description: 'At least 12 characters, not the e-mail address.' }) })
  .meta({ id: 'PasswordChangeRequest' });

export const apiTokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the token, to tell tokens apart.' }),
    createdAt: timestampSchema,
    lastUsedAt: timestampSchema.nullable(),
    revokedAt: timestampSchema.nullable(),
  })
  .meta({ id: 'ApiToken', description: 'A personal API token (the token itself is shown only when created).' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenRequestSchema = z
  .object({ name: z.string().trim().min(1).max(100).meta({ description: 'What the token is for, e.g. "statistics import script".' }) })
  .meta({ id: 'CreateApiTokenRequest' });

export const createdApiTokenSchema = apiTokenSchema
  .extend({ token: z.string().meta({ description: 'Send as `Authorization: Bearer <token>`. Shown only now; only its hash is stored.' }) })
  .meta({ id: 'CreatedApiToken' });

export const apiTokenIdParamSchema = z.object({ id: z.coerce.number().int().positive().meta({ param: { name: 'id', in: 'path' } }) });
export const userListQuerySchema = pagingQuerySchema.extend({
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Text to find in the e-mail address or the name, case-insensitively ("ё" as "е").' }),
  organization: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/).max(50).optional().meta({ description: 'Organisation code: users of this organisation.' }),
  role: roleSchema.optional().meta({ description: 'Users who hold this role (among others).' }),
  disabled: z.enum(['true', 'false']).optional().meta({ description: 'true: only disabled users; false: only active ones.' }),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userIdParamSchema = z.object({ id: z.coerce.number().int().positive().meta({ param: { name: 'id', in: 'path' } }) });

export const createUserRequestSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1).max(200),
    organizationCode: z.string().trim().min(1).max(50),
    roles: z.array(roleSchema).min(1),
    password: passwordSchema.optional().meta({ description: 'Omit to have a strong password generated and returned once.' }),
  })
  .meta({ id: 'CreateUserRequest' });

export const createdUserSchema = z
  .object({
    user: userSchema,
    generatedPassword: z.string().nullable().meta({ description: 'The generated password, shown only now; null when the admin set one.' }),
  })
  .meta({ id: 'CreatedUser' });

export const updateUserRequestSchema = z
  .object({
    version: z.number().int().positive().optional().meta({ description: 'The version changed; or send it as the `If-Match` header.' }),
    name: z.string().trim().min(1).max(200).optional(),
    organizationCode: z.string().trim().min(1).max(50).optional(),
    roles: z.array(roleSchema).min(1).optional(),
    isDisabled: z.boolean().optional().meta({ description: 'true ends the user\'s sessions and stops their API tokens at once.' }),
  })
  .meta({ id: 'UpdateUserRequest' });

export const passwordResetRequestSchema = z
  .object({
    newPassword: passwordSchema.optional().meta({ description: 'The new password (at least 12 characters, not the e-mail address); omit to have a strong one generated and returned once.' }),
  })
  .meta({ id: 'PasswordResetRequest' });

export const generatedPasswordSchema = z
  .object({ password: z.string().meta({ description: 'The generated password, shown only now; only its argon2id hash is stored.' }) })
  .meta({ id: 'GeneratedPassword' });

export const ifMatchHeaderSchema = z.object({
  'if-match': z.string().optional().meta({ description: 'The version of the user being changed, as its ETag (`"3"`).' }),
});
