// The report state machine: draft -> submitted -> returned -> submitted -> accepted. Accepted is
// final: an accepted report is the public record of its obligation. Returned reports go back to
// the executor, who edits and submits again; the whole history is kept in report events.
import type { ReportState } from './obligation-status';

export type ReportTransition = 'submit' | 'accept' | 'return';

const TRANSITIONS: Record<ReportTransition, { from: readonly ReportState[]; to: ReportState }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
};

/** The state after the transition, or null when the transition is not allowed from `state`. */
export function nextReportState(state: ReportState, transition: ReportTransition): ReportState | null {
  const rule = TRANSITIONS[transition];
  return rule.from.includes(state) ? rule.to : null;
}

/** Drafts and returned reports can be edited (text, status, contributions, evidence). */
export function isEditableState(state: ReportState): boolean {
  return state === 'draft' || state === 'returned';
}

/** A sentence for a refused transition, for problem details. */
export function transitionRefusal(state: ReportState, transition: ReportTransition): string {
  const allowed = TRANSITIONS[transition].from.join(' or ');
  return `A report can be ${transition === 'submit' ? 'submitted' : transition === 'accept' ? 'accepted' : 'returned'} only when it is ${allowed}; this one is ${state}.`;
}
