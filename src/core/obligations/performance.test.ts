import { describe, expect, it } from 'vitest';
import type { ReportFacts } from './obligation-status';
import { computePerformance, type PerformanceInput } from './performance';

const accepted = (lastSubmittedOn: string): ReportFacts => ({ state: 'accepted', declaredStatus: 'completed', lastSubmittedOn });
const submitted = (lastSubmittedOn: string): ReportFacts => ({ state: 'submitted', declaredStatus: 'in_progress', lastSubmittedOn });
const one = (due: string, report: ReportFacts | null, firstSubmittedOn: string | null, isCancelled = false): PerformanceInput => ({
  due,
  report,
  firstSubmittedOn,
  isCancelled,
});

describe('reporting rate and timeliness', () => {
  const asOf = '2025-07-01';
  const obligations: PerformanceInput[] = [
    one('2025-01-10', accepted('2025-01-09'), '2025-01-09'), // completed, on time
    one('2025-04-10', accepted('2025-04-20'), '2025-04-10'), // first report on the due day, returned, accepted late
    one('2025-04-10', submitted('2025-04-15'), '2025-04-15'), // reported late, still overdue
    one('2025-05-30', null, null), // never reported: overdue
    one('2025-07-01', null, null), // due today: not counted yet, not started
    one('2025-10-10', submitted('2025-06-20'), '2025-06-20'), // not due yet, in progress
    one('2025-02-01', null, null, true), // cancelled
  ];

  it('counts only obligations fallen due, and reports by first submission', () => {
    const p = computePerformance(obligations, asOf);
    expect(p).toMatchObject({ asOf, obligations: 6, fallenDue: 4, reported: 3, reportedOnTime: 2 });
    expect(p.reportingRate).toBe(0.75);
    expect(p.timeliness).toBe(0.5);
    expect(p.byStatus).toEqual({ not_started: 1, in_progress: 1, completed: 1, completed_late: 1, overdue: 2, cancelled: 1 });
  });

  it('ignores submissions after asOf and gives null rates when nothing has fallen due', () => {
    const p = computePerformance([one('2025-01-10', submitted('2025-03-01'), '2025-03-01')], '2025-02-01');
    expect(p).toMatchObject({ fallenDue: 1, reported: 0, reportingRate: 0, timeliness: 0 });
    const none = computePerformance(obligations.slice(4), asOf);
    expect(none.reportingRate).toBeNull();
    expect(none.timeliness).toBeNull();
  });
});
