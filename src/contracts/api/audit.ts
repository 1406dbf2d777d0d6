// The audit trail as coordinators read it, and the result of verifying its hash chain.
import { z } from 'zod';
import { pagingQuerySchema } from './common';
import { CHAIN_BREAK_KINDS } from '../../core/obligations/audit-chain';

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string().meta({ description: 'ISO 8601 timestamp (UTC).' }),
    actor: z
      .object({ id: z.number().int(), name: z.string().nullable(), email: z.string().nullable() })
      .nullable()
      .meta({ description: 'The signed-in user who made the change; null: no user did (the command line, seeding, the daily sweep).' }),
    systemActor: z.string().nullable().meta({
      description: 'When no user made the change: the program and the operating-system account, e.g. "zhospar user add (root@plan-server)". Null for a user\'s change and for rows written before it was recorded.',
      example: 'zhospar user add (root@plan-server)',
    }),
    action: z.string().meta({ example: 'report.submitted' }),
    entityType: z.string().meta({ example: 'report' }),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    prevHash: z.string(),
    hash: z.string().meta({ description: 'sha256(prevHash || canonical JSON of the row).' }),
  })
  .meta({ id: 'AuditEntry', description: 'One state change: who, when, what, before and after.' });
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = pagingQuerySchema.extend({
  entity: z
    .string()
    .regex(/^[a-z_]+(:[A-Za-z0-9_-]+)?$/)
    .optional()
    .meta({ description: 'An entity type (report, obligation, evidence, calendar_day, measure_schedule, user, api_token) or type:id (report:17).' }),
  actor: z.coerce.number().int().positive().optional().meta({ description: 'User id.' }),
  action: z.string().max(100).optional().meta({ description: 'e.g. report.accepted' }),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().meta({ description: 'On or after (a date or a timestamp).' }),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().meta({ description: 'Before (a date means up to the end of that day, UTC).' }),
});

export const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    count: z.number().int().meta({ description: 'Rows checked and found intact.' }),
    firstBadRow: z
      .object({
        id: z.number().int(),
        position: z.number().int().nullable().meta({ description: 'Its chain position; null for a row not in the chain.' }),
        kind: z.enum(CHAIN_BREAK_KINDS).meta({ description: 'What does not match, for pages to word in the reader\'s language.' }),
        reason: z.string().meta({ description: 'The same in English, with the chain position.' }),
      })
      .nullable(),
  })
  .meta({ id: 'AuditVerification', description: 'The result of walking the hash chain.' });
export type AuditVerificationView = z.infer<typeof auditVerificationSchema>;
