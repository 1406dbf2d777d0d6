// Obligations (one occurrence of a measure's schedule), measure schedules, the public progress of a
// measure, and an organisation's overdue and due-soon lists and performance.
import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { DECLARED_STATUSES, OBLIGATION_STATUSES, REPORT_STATES } from '../../core/obligations/obligation-status';
import { pagingQuerySchema } from './common';
import { organizationSchema } from './organizations';

export const isoDateSchema = z.iso.date().meta({ description: 'A date, YYYY-MM-DD (Kazakhstan civil date).', example: '2025-04-10' });
export const timestampSchema = z.string().meta({ description: 'An ISO 8601 timestamp (UTC).' });
const organizationCodeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/).max(64);

export const obligationStatusSchema = z.enum(OBLIGATION_STATUSES).meta({
  id: 'ObligationStatus',
  description: 'not_started, in_progress, completed, completed_late, overdue or cancelled; derived from the report and the date (docs/reporting.md).',
});
export const reportStateSchema = z.enum(REPORT_STATES).meta({ id: 'ReportState', description: 'draft -> submitted -> returned -> submitted -> accepted.' });
export const declaredStatusSchema = z.enum(DECLARED_STATUSES).meta({ id: 'DeclaredStatus', description: "The executor's declaration about the obligation's work." });

export const obligationSchema = z
  .object({
    id: z.number().int(),
    planCode: z.string(),
    measure: z.object({ id: z.number().int(), number: z.number().int(), names: localizedTextSchema, deadlineText: z.string() }),
    period: z.string().meta({ description: "Reporting period: '2024', '2024-H1', '2024-Q1', '2024-03' or a date for a one-off.", example: '2024-Q1' }),
    nominalDue: isoDateSchema.meta({ description: 'The due date the deadline gives.' }),
    due: isoDateSchema.meta({ description: 'nominalDue moved to the next working day when it falls on a weekend or holiday.' }),
    dueDateAssumed: z.boolean().meta({ description: "True when the deadline names no date and the period's last day stands in." }),
    status: obligationStatusSchema.meta({ description: 'Internal status for internal readers and executing organisations; for everyone else, the status from accepted reports only.' }),
    leadExecutor: organizationSchema,
    report: z
      .object({ id: z.number().int(), state: reportStateSchema, version: z.number().int() })
      .nullable()
      .meta({ description: 'The lead report, when the viewer may see it.' }),
    abilities: z.object({ canCreateReport: z.boolean() }),
    version: z.number().int(),
  })
  .meta({ id: 'Obligation', description: 'One occurrence of a measure\u2019s schedule: what is due, by whom, when.' });
export type Obligation = z.infer<typeof obligationSchema>;

export const obligationListQuerySchema = pagingQuerySchema.extend({
  organization: organizationCodeSchema.optional().meta({ description: 'Organisation code: obligations of measures it leads or co-executes.' }),
  status: obligationStatusSchema.optional(),
  dueAfter: isoDateSchema.optional().meta({ description: 'Due on or after this date.' }),
  dueBefore: isoDateSchema.optional().meta({ description: 'Due on or before this date.' }),
  plan: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/).max(64).optional().meta({ description: 'Plan code.' }),
  measure: z.coerce.number().int().positive().max(2 ** 53 - 1).optional().meta({ description: 'Measure id.' }),
});

export const obligationIdParamSchema = z.object({
  id: z.coerce.number().int().positive().max(2 ** 53 - 1).meta({ description: 'Obligation id.', example: 1 }),
});

export const organizationCodeParamSchema = z.object({
  code: organizationCodeSchema.meta({ description: 'Organisation code.', example: 'MIC' }),
});

export const organizationObligationsQuerySchema = pagingQuerySchema.extend({
  view: z.enum(['all', 'overdue', 'due-soon']).default('all').meta({ description: 'overdue: past due and not completed; due-soon: open and due within `days`.' }),
  days: z.coerce.number().int().min(1).max(366).default(14).meta({ description: 'The due-soon window in days, from today.' }),
  role: z.enum(['any', 'lead']).default('any').meta({ description: 'lead: only measures the organisation leads.' }),
});

export const performanceQuerySchema = z.object({
  plan: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/).max(64).optional(),
  asOf: isoDateSchema.optional().meta({ description: 'The day to compute for; today in Kazakhstan by default.' }),
});

export const performanceSchema = z
  .object({
    organization: organizationSchema,
    asOf: isoDateSchema,
    obligations: z.number().int().meta({ description: 'Obligations the organisation leads, cancelled ones left out.' }),
    fallenDue: z.number().int().meta({ description: 'Of those, due before asOf.' }),
    reported: z.number().int().meta({ description: 'Of those fallen due, with a report submitted at least once.' }),
    reportedOnTime: z.number().int().meta({ description: 'Of those fallen due, first submitted on or before the due date.' }),
    reportingRate: z.number().nullable().meta({ description: 'reported / fallenDue (0-1); null when nothing has fallen due.' }),
    timeliness: z.number().nullable().meta({ description: 'reportedOnTime / fallenDue (0-1); null when nothing has fallen due.' }),
    byStatus: z.record(obligationStatusSchema, z.number().int()),
  })
  .meta({ id: 'OrganizationPerformance', description: "An organisation's reporting rate and timeliness over the obligations it leads." });
export type OrganizationPerformance = z.infer<typeof performanceSchema>;

export const manualScheduleRequestSchema = z
  .object({
    occurrences: z
      .array(
        z.object({
          due: isoDateSchema,
          period: z
            .string()
            .regex(/^(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-(0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2})$/)
            .optional()
            .meta({ description: "'2025', '2025-H1', '2025-Q2', '2025-06' or a date; the due date when left out." }),
        }),
      )
      .min(1)
      .max(240),
    note: z.string().trim().max(2000).optional().meta({ description: 'Why the schedule is set by hand.' }),
    version: z.number().int().positive().optional().meta({ description: 'The schedule version, when If-Match is not sent.' }),
  })
  .meta({ id: 'ManualScheduleRequest' });

export const measureScheduleSchema = z
  .object({
    measureId: z.number().int(),
    status: z.enum(['parsed', 'needs_manual', 'manual']).meta({ description: 'needs_manual: the deadline text was not understood; a coordinator sets the occurrences.' }),
    deadlineText: z.string(),
    description: z.string().nullable().meta({ description: 'The parsed schedule in words.' }),
    notes: z.array(z.string()),
    reason: z.string().nullable().meta({ description: 'Why the parser refused the text (needs_manual).' }),
    message: z.string().nullable(),
    manualOccurrences: z.array(z.object({ period: z.string(), due: isoDateSchema })).nullable(),
    manualNote: z.string().nullable(),
    version: z.number().int(),
    obligations: z.array(obligationSchema),
  })
  .meta({ id: 'MeasureSchedule', description: "How a measure's deadline is scheduled, and its obligations." });

export const acceptedReportSchema = z
  .object({
    id: z.number().int(),
    text: z.string(),
    declaredStatus: declaredStatusSchema,
    percentDone: z.number().int(),
    acceptedAt: timestampSchema,
    contributions: z.array(z.object({ organization: organizationSchema, text: z.string() })),
    evidence: z.array(z.object({ id: z.number().int(), fileName: z.string(), kind: z.string(), sizeBytes: z.number().int(), url: z.string() })),
  })
  .meta({ id: 'AcceptedReport', description: 'A report as the plan owner accepted it: public.' });

export const measureProgressSchema = z
  .object({
    measureId: z.number().int(),
    planCode: z.string(),
    number: z.number().int(),
    scheduleStatus: z.enum(['parsed', 'needs_manual', 'manual']),
    obligations: z.array(
      z.object({
        id: z.number().int(),
        period: z.string(),
        due: isoDateSchema,
        dueDateAssumed: z.boolean(),
        status: obligationStatusSchema.meta({ description: 'From accepted reports only.' }),
        acceptedReport: acceptedReportSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'MeasureProgress', description: "A measure's obligations with their accepted status and reports: the public record." });
export type MeasureProgress = z.infer<typeof measureProgressSchema>;
