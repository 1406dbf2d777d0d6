import { describe, expect, it } from 'vitest';
import { REPORT_STATES } from './obligation-status';
import { isEditableState, nextReportState, transitionRefusal } from './report-state';

describe('report state machine', () => {
  it('allows exactly draft/returned -> submitted -> accepted/returned', () => {
    const allowed = REPORT_STATES.flatMap((state) =>
      (['submit', 'accept', 'return'] as const).map((t) => [state, t, nextReportState(state, t)] as const),
    ).filter(([, , to]) => to !== null);
    expect(allowed).toEqual([
      ['draft', 'submit', 'submitted'],
      ['submitted', 'accept', 'accepted'],
      ['submitted', 'return', 'returned'],
      ['returned', 'submit', 'submitted'],
    ]);
  });

  it('keeps accepted reports final and only drafts and returned reports editable', () => {
    expect(REPORT_STATES.filter(isEditableState)).toEqual(['draft', 'returned']);
    expect(transitionRefusal('accepted', 'return')).toMatch(/only when it is submitted; this one is accepted/);
  });
});
