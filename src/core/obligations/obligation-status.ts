// The status of an obligation, derived from its lead report and the date. Stored denormalised for
// listing and filtering, but always computed here, so that the report use cases, the daily sweep
// and the tests agree. Dates are Kazakhstan civil dates ('YYYY-MM-DD'); the caller converts
// timestamps (core has no clock and no time zones).

export const OBLIGATION_STATUSES = ['not_started', 'in_progress', 'completed', 'completed_late', 'overdue', 'cancelled'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export const REPORT_STATES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** What the executor declares about the obligation's work in a report. */
export const DECLARED_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type DeclaredStatus = (typeof DECLARED_STATUSES)[number];

export interface ReportFacts {
  state: ReportState;
  declaredStatus: DeclaredStatus;
  /** Civil date of the latest submission; null while the report is a draft never submitted. */
  lastSubmittedOn: string | null;
}

export interface ObligationFacts {
  /** Due date after the move to a working day. */
  due: string;
  isCancelled: boolean;
  report: ReportFacts | null;
}

/**
 * The rules, in order:
 * 1. a cancelled obligation is cancelled;
 * 2. an accepted report declaring completion completes it: on time when the accepted submission
 *    was made on or before the due date, late otherwise;
 * 3. after the due date it is overdue, except while a completion report submitted on time waits
 *    for review (the executor did their part; a slow review must not make them late);
 * 4. before the due date, a submitted (or returned, or accepted partial) report makes it in
 *    progress, unless the report declares the work not started;
 * 5. otherwise it is not started. Drafts never count: they are the executor's private work.
 */
export function deriveObligationStatus(obligation: ObligationFacts, asOf: string): ObligationStatus {
  if (obligation.isCancelled) return 'cancelled';
  const report = obligation.report && obligation.report.state !== 'draft' ? obligation.report : null;
  const declaresCompletion = report?.declaredStatus === 'completed';
  const submittedOnTime = report?.lastSubmittedOn != null && report.lastSubmittedOn <= obligation.due;
  if (report?.state === 'accepted' && declaresCompletion) return submittedOnTime ? 'completed' : 'completed_late';
  if (asOf > obligation.due) {
    if (report?.state === 'submitted' && declaresCompletion && submittedOnTime) return 'in_progress';
    return 'overdue';
  }
  if (!report) return 'not_started';
  if (report.state !== 'returned' && report.declaredStatus === 'not_started') return 'not_started';
  return 'in_progress';
}

/**
 * The status the public sees: the same rules applied to the accepted report only, so that no
 * draft, submission or return is revealed before the plan owner accepts it.
 */
export function derivePublicObligationStatus(obligation: ObligationFacts, asOf: string): ObligationStatus {
  const accepted = obligation.report?.state === 'accepted' ? obligation.report : null;
  return deriveObligationStatus({ ...obligation, report: accepted }, asOf);
}

/** Completed obligations keep their due dates when the calendar or the schedule changes. */
export function isSettled(status: ObligationStatus): boolean {
  return status === 'completed' || status === 'completed_late';
}
