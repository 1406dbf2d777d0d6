// Who may do what with a report: pure rules over the actor and the facts of the report, shared by
// the use cases (which enforce them) and the responses (which carry them as `abilities`).
//
// - The public sees accepted reports only.
// - Drafts are private to the executing organisations (lead and co-executors) and to the plan
//   owner's editors (coordinators, admins); anyone else is told the draft does not exist.
// - Submitted and returned reports are visible to internal readers and to executing organisations.
// - Only executors of the lead organisation edit and submit; co-executors add their contribution
//   and evidence; both only while the report is a draft or returned.
// - Review (accept, return) needs `report.review` and is refused to anyone who wrote, edited,
//   contributed to or submitted the report: a person never reviews their own work, even when they
//   hold both roles. Reviewers of the executing organisation may review the work of colleagues.
import { hasPermission, type Actor } from '../access/actor';
import type { ReportState } from './obligation-status';
import { isEditableState } from './report-state';

/** History events that make a person an author of the report (and so never its reviewer). */
export const AUTHORING_EVENTS = ['created', 'updated', 'contribution_saved', 'evidence_added', 'evidence_removed', 'submitted'] as const;

export interface ExecutorFacts {
  leadOrganizationId: number;
  coExecutorOrganizationIds: readonly number[];
}

export interface ReportSubject extends ExecutorFacts {
  state: ReportState;
  /** Users who created, edited, contributed to or submitted the report. */
  authorUserIds: readonly number[];
}

export interface EvidenceSubject {
  organizationId: number;
  /** True once a submission of the report included the file: it is then part of the record. */
  isSubmitted: boolean;
}

export interface ReportAbilities {
  canEdit: boolean;
  canContribute: boolean;
  canAddEvidence: boolean;
  canSubmit: boolean;
  canAccept: boolean;
  canReturn: boolean;
}

export function isLeadMember(actor: Actor | null, facts: ExecutorFacts): boolean {
  return actor !== null && actor.organizationId === facts.leadOrganizationId;
}

export function isExecutingMember(actor: Actor | null, facts: ExecutorFacts): boolean {
  return actor !== null && (actor.organizationId === facts.leadOrganizationId || facts.coExecutorOrganizationIds.includes(actor.organizationId));
}

/** Internal status and non-public details of an obligation. */
export function canSeeInternal(actor: Actor | null, facts: ExecutorFacts): boolean {
  return hasPermission(actor, 'plan.read_internal') || isExecutingMember(actor, facts);
}

export function canViewReport(actor: Actor | null, report: ReportSubject): boolean {
  if (report.state === 'accepted') return true;
  if (actor === null) return false;
  if (report.state === 'draft') return isExecutingMember(actor, report) || hasPermission(actor, 'plan.edit');
  return hasPermission(actor, 'plan.read_internal') || isExecutingMember(actor, report);
}

export function canCreateReport(actor: Actor | null, obligation: ExecutorFacts & { isCancelled: boolean; hasReport: boolean }): boolean {
  return hasPermission(actor, 'report.write') && isLeadMember(actor, obligation) && !obligation.isCancelled && !obligation.hasReport;
}

export function canEditReport(actor: Actor | null, report: ReportSubject): boolean {
  return hasPermission(actor, 'report.write') && isLeadMember(actor, report) && isEditableState(report.state);
}

export function canSubmitReport(actor: Actor | null, report: ReportSubject): boolean {
  return canEditReport(actor, report);
}

export function canContribute(actor: Actor | null, report: ReportSubject): boolean {
  return (
    hasPermission(actor, 'report.write') &&
    actor !== null &&
    report.coExecutorOrganizationIds.includes(actor.organizationId) &&
    !isLeadMember(actor, report) &&
    isEditableState(report.state)
  );
}

export function canAddEvidence(actor: Actor | null, report: ReportSubject): boolean {
  return hasPermission(actor, 'report.write') && isExecutingMember(actor, report) && isEditableState(report.state);
}

export function canDeleteEvidence(actor: Actor | null, report: ReportSubject, file: EvidenceSubject): boolean {
  return (
    canAddEvidence(actor, report) &&
    !file.isSubmitted &&
    (isLeadMember(actor, report) || actor?.organizationId === file.organizationId)
  );
}

export function canReviewReport(actor: Actor | null, report: ReportSubject): boolean {
  return (
    hasPermission(actor, 'report.review') &&
    actor !== null &&
    report.state === 'submitted' &&
    !report.authorUserIds.includes(actor.userId)
  );
}

export function reportAbilities(actor: Actor | null, report: ReportSubject): ReportAbilities {
  const canReview = canReviewReport(actor, report);
  return {
    canEdit: canEditReport(actor, report),
    canContribute: canContribute(actor, report),
    canAddEvidence: canAddEvidence(actor, report),
    canSubmit: canSubmitReport(actor, report),
    canAccept: canReview,
    canReturn: canReview,
  };
}
