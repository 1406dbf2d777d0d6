// The kinds of record and the actions the audit trail holds (src/app writes them), for the audit
// page's filters and labels.
export const AUDIT_ENTITY_TYPES = ['report', 'evidence', 'obligation', 'measure_schedule', 'calendar_day', 'calendar', 'user', 'api_token'] as const;
export const AUDIT_ACTIONS = [
  'report.created',
  'report.updated',
  'report.contribution_saved',
  'report.evidence_added',
  'report.evidence_removed',
  'report.submitted',
  'report.returned',
  'report.accepted',
  'evidence.added',
  'evidence.removed',
  'obligation.created',
  'obligation.status_changed',
  'obligation.cancelled',
  'measure_schedule.manual_set',
  'calendar_day.saved',
  'calendar_day.removed',
  'calendar.loaded',
  'user.created',
  'user.updated',
  'user.disabled',
  'user.enabled',
  'user.password_changed',
  'api_token.created',
  'api_token.revoked',
] as const;
