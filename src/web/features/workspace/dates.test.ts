import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dueSoonDays, kazakhstanToday } from './dates';

describe('workspace dates', () => {
  it('counts whole days across months and years', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('takes today in Kazakhstan (UTC+5), not in the browser zone', () => {
    expect(kazakhstanToday(new Date('2025-06-30T19:30:00Z'))).toBe('2025-07-01');
    expect(kazakhstanToday(new Date('2025-06-30T18:30:00Z'))).toBe('2025-06-30');
  });

  it('marks open obligations due within 14 days as due soon', () => {
    expect(dueSoonDays({ due: '2025-07-10', status: 'not_started' }, '2025-07-01')).toBe(9);
    expect(dueSoonDays({ due: '2025-07-01', status: 'in_progress' }, '2025-07-01')).toBe(0);
    expect(dueSoonDays({ due: '2025-07-20', status: 'not_started' }, '2025-07-01')).toBeNull();
    expect(dueSoonDays({ due: '2025-07-10', status: 'completed' }, '2025-07-01')).toBeNull();
    expect(dueSoonDays({ due: '2025-06-10', status: 'overdue' }, '2025-07-01')).toBeNull();
  });
});

describe('addDays', () => {
  it('crosses months and leap days', () => {
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
  });
});
