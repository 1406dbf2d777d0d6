import { describe, expect, it } from 'vitest';
import type { ObligationStatus } from '../../../core/obligations/obligation-status';
import { countByStatus, totalCounts } from './status-counts';

const items: Array<{ area: number; status: ObligationStatus }> = [
  { area: 1, status: 'overdue' },
  { area: 1, status: 'completed' },
  { area: 3, status: 'overdue' },
  { area: 9, status: 'in_progress' },
];

describe('countByStatus', () => {
  const groups = countByStatus(items, (i) => i.area, (i) => i.status, [1, 2, 3]);

  it('keeps the given order, with empty groups, and adds groups it did not know', () => {
    expect(groups.map((g) => g.key)).toEqual([1, 2, 3, 9]);
    expect(groups[1]?.total).toBe(0);
  });

  it('counts each status and the totals add up', () => {
    expect(groups[0]?.counts).toMatchObject({ overdue: 1, completed: 1, in_progress: 0 });
    const total = totalCounts(groups);
    expect(total.total).toBe(items.length);
    expect(total.counts.overdue).toBe(2);
  });
});
