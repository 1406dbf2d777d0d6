import { describe, expect, it } from 'vitest';
import { deriveObligationStatus, derivePublicObligationStatus, type ObligationFacts, type ReportFacts } from './obligation-status';

const DUE = '2025-04-10';
const report = (state: ReportFacts['state'], declaredStatus: ReportFacts['declaredStatus'], lastSubmittedOn: string | null): ReportFacts => ({
  state,
  declaredStatus,
  lastSubmittedOn,
});
const obligation = (r: ReportFacts | null, isCancelled = false): ObligationFacts => ({ due: DUE, isCancelled, report: r });

describe('obligation status derivation', () => {
  // [case, report, asOf, internal status, public status]
  const table: Array<[string, ReportFacts | null, string, string, string]> = [
    ['no report, before due', null, '2025-04-01', 'not_started', 'not_started'],
    ['no report, on the due date', null, DUE, 'not_started', 'not_started'],
    ['no report, the day after', null, '2025-04-11', 'overdue', 'overdue'],
    ['a draft only, before due', report('draft', 'completed', null), '2025-04-01', 'not_started', 'not_started'],
    ['a draft only, after due', report('draft', 'completed', null), '2025-05-01', 'overdue', 'overdue'],
    ['submitted in progress, before due', report('submitted', 'in_progress', '2025-04-02'), '2025-04-05', 'in_progress', 'not_started'],
    ['submitted "not started", before due', report('submitted', 'not_started', '2025-04-02'), '2025-04-05', 'not_started', 'not_started'],
    ['submitted completed on time, awaiting review after due', report('submitted', 'completed', '2025-04-10'), '2025-04-20', 'in_progress', 'overdue'],
    ['submitted completed late, awaiting review', report('submitted', 'completed', '2025-04-11'), '2025-04-20', 'overdue', 'overdue'],
    ['submitted in progress on time, after due', report('submitted', 'in_progress', '2025-04-09'), '2025-04-20', 'overdue', 'overdue'],
    ['returned, before due', report('returned', 'completed', '2025-04-02'), '2025-04-05', 'in_progress', 'not_started'],
    ['returned "not started", before due', report('returned', 'not_started', '2025-04-02'), '2025-04-05', 'in_progress', 'not_started'],
    ['returned, after due', report('returned', 'completed', '2025-04-02'), '2025-04-20', 'overdue', 'overdue'],
    ['accepted completed, submitted on the due date', report('accepted', 'completed', DUE), '2025-06-01', 'completed', 'completed'],
    ['accepted completed, submitted the day after', report('accepted', 'completed', '2025-04-11'), '2025-06-01', 'completed_late', 'completed_late'],
    ['accepted completed, before due', report('accepted', 'completed', '2025-03-01'), '2025-03-05', 'completed', 'completed'],
    ['accepted in progress, before due', report('accepted', 'in_progress', '2025-03-01'), '2025-03-05', 'in_progress', 'in_progress'],
    ['accepted in progress, after due', report('accepted', 'in_progress', '2025-03-01'), '2025-05-05', 'overdue', 'overdue'],
  ];

  it.each(table)('%s', (_case, r, asOf, internal, publicStatus) => {
    expect(deriveObligationStatus(obligation(r), asOf)).toBe(internal);
    expect(derivePublicObligationStatus(obligation(r), asOf)).toBe(publicStatus);
  });

  it('cancels whatever the report says', () => {
    expect(deriveObligationStatus(obligation(report('accepted', 'completed', '2025-03-01'), true), '2025-06-01')).toBe('cancelled');
    expect(derivePublicObligationStatus(obligation(null, true), '2030-01-01')).toBe('cancelled');
  });
});
