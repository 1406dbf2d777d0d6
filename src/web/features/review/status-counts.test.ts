// Counting by status is the server's (test/obligations/plan-dashboards.test.ts: every area in
// order with zeros, counts as the obligations list shows them); the page only adds groups up.
import { describe, expect, it } from 'vitest';
import { totalCounts, type StatusGroup } from './status-counts';

const zero = { not_started: 0, in_progress: 0, completed: 0, completed_late: 0, overdue: 0, cancelled: 0 };
const groups: StatusGroup<number>[] = [
  { key: 1, counts: { ...zero, overdue: 1, completed: 1 }, total: 2 },
  { key: 2, counts: { ...zero }, total: 0 },
  { key: 3, counts: { ...zero, overdue: 1, in_progress: 1 }, total: 2 },
];

describe('totalCounts', () => {
  it('adds up every status and the totals of the groups', () => {
    expect(totalCounts(groups)).toEqual({ key: 'total', counts: { ...zero, overdue: 2, completed: 1, in_progress: 1 }, total: 4 });
  });

  it('is all zeros without groups', () => {
    expect(totalCounts([])).toEqual({ key: 'total', counts: zero, total: 0 });
  });
});
