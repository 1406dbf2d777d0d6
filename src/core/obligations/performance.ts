// An organisation's reporting record over the obligations it leads.
//
// - Obligations that count are those due before `asOf` (the due day itself is still open) and not
//   cancelled.
// - Reporting rate: the share of them with a report submitted at least once, at any time.
// - Timeliness: the share of them whose report was first submitted on or before the due date
//   (a later return and resubmission does not make an on-time report late).
// Both are null when nothing has fallen due yet: 0 % would blame an organisation for nothing.
// Statuses are derived again as of `asOf`, so that the counts and the rates describe one day.
import { deriveObligationStatus, OBLIGATION_STATUSES, type ObligationFacts, type ObligationStatus } from './obligation-status';

export interface PerformanceInput extends ObligationFacts {
  /** Civil date of the first submission of the obligation's report; null when never submitted. */
  firstSubmittedOn: string | null;
}

export interface Performance {
  asOf: string;
  obligations: number;
  fallenDue: number;
  reported: number;
  reportedOnTime: number;
  reportingRate: number | null;
  timeliness: number | null;
  byStatus: Record<ObligationStatus, number>;
}

export function computePerformance(obligations: readonly PerformanceInput[], asOf: string): Performance {
  const byStatus = Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, 0])) as Record<ObligationStatus, number>;
  let fallenDue = 0;
  let reported = 0;
  let reportedOnTime = 0;
  for (const o of obligations) {
    const status = deriveObligationStatus(o, asOf);
    byStatus[status] += 1;
    if (status === 'cancelled' || o.due >= asOf) continue;
    fallenDue += 1;
    if (o.firstSubmittedOn !== null && o.firstSubmittedOn <= asOf) {
      reported += 1;
      if (o.firstSubmittedOn <= o.due) reportedOnTime += 1;
    }
  }
  return {
    asOf,
    obligations: obligations.length - byStatus.cancelled,
    fallenDue,
    reported,
    reportedOnTime,
    reportingRate: fallenDue ? reported / fallenDue : null,
    timeliness: fallenDue ? reportedOnTime / fallenDue : null,
    byStatus,
  };
}
