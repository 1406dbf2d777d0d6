import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../schedule/holiday-calendar';
import { checkManualOccurrences, hasChanges, manualObligationDates, planObligationChanges, type ExistingObligation, type ObligationDates } from './obligation-changes';

const dates = (period: string, due: string, nominalDue = due): ObligationDates => ({ period, nominalDue, due, dueDateAssumed: false });
let id = 1;
const existing = (d: ObligationDates, status: ExistingObligation['status'] = 'not_started', isCancelled = false): ExistingObligation => ({
  ...d,
  id: id++,
  status,
  isCancelled,
});

describe('obligation changes', () => {
  it('creates everything on the first run and nothing on the second (idempotent)', () => {
    const desired = [dates('2024-Q1', '2024-04-10'), dates('2024-Q2', '2024-07-10')];
    const first = planObligationChanges([], desired);
    expect(first.create).toEqual(desired);
    const second = planObligationChanges(desired.map((d) => existing(d)), desired);
    expect(hasChanges(second)).toBe(false);
  });

  it('moves open obligations, keeps completed ones, cancels dropped periods and restores returning ones', () => {
    const open = existing(dates('2025', '2025-12-31'));
    const done = existing(dates('2024', '2024-12-31'), 'completed');
    const dropped = existing(dates('2026', '2026-12-31'), 'overdue');
    const cancelled = existing(dates('2027', '2027-12-31'), 'cancelled', true);
    const doneDropped = existing(dates('2023', '2023-12-31'), 'completed_late');
    const desired = [dates('2024', '2025-01-02', '2024-12-31'), dates('2025', '2026-01-05', '2025-12-31'), dates('2027', '2027-12-31')];
    const changes = planObligationChanges([open, done, dropped, cancelled, doneDropped], desired);
    expect(changes.create).toEqual([]);
    expect(changes.update).toEqual([{ before: open, after: desired[1] }]);
    expect(changes.restore).toEqual([{ before: cancelled, after: desired[2] }]);
    expect(changes.cancel).toEqual([dropped]);
  });

  it('moves manual due dates off weekends and holidays and rejects repeated periods', () => {
    const calendar = buildWorkingCalendar([
      { date: '2025-03-21', kind: 'public-holiday', status: 'statutory', name: { en: 'Nauryz', ru: 'Наурыз' } },
    ]);
    expect(manualObligationDates([{ period: '2025-03-21', due: '2025-03-21' }, { period: '2025-03', due: '2025-03-29' }], calendar)).toEqual([
      { period: '2025-03-21', nominalDue: '2025-03-21', due: '2025-03-24', dueDateAssumed: false },
      { period: '2025-03', nominalDue: '2025-03-29', due: '2025-03-31', dueDateAssumed: false },
    ]);
    expect(checkManualOccurrences([{ period: '2025', due: '2025-01-01' }, { period: '2025', due: '2025-02-01' }])).toEqual(['the period 2025 is given twice']);
  });
});
