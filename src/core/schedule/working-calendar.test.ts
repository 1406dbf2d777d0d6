import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, fromDayNumber } from './civil-date';
import { isCoveredByCalendar, isWorkingDay, moveToWorkingDays, nextWorkingDay, WEEKENDS_ONLY, type WorkingCalendar } from './working-calendar';

// A hand-made slice of 2024: Nauryz 21-23 March (Sat 23 substituted by Mon 25), and the May transfer
// (Saturday 4 May worked, Wednesday 8 May off) next to 7 and 9 May.
const CALENDAR: WorkingCalendar = {
  daysOff: new Set(['2024-03-21', '2024-03-22', '2024-03-23', '2024-03-25', '2024-05-07', '2024-05-08', '2024-05-09']),
  workingWeekendDays: new Set(['2024-05-04']),
  coverage: { fromYear: 2024, toYear: 2024 },
};

describe('working days', () => {
  it('moves a due date on a holiday past the weekend and the substitute day', () => {
    expect(nextWorkingDay('2024-03-21', CALENDAR)).toBe('2024-03-26');
    expect(nextWorkingDay('2024-03-23', CALENDAR)).toBe('2024-03-26');
  });

  it('keeps a working Saturday and a plain working day', () => {
    expect(nextWorkingDay('2024-05-04', CALENDAR)).toBe('2024-05-04');
    expect(nextWorkingDay('2024-04-10', CALENDAR)).toBe('2024-04-10');
  });

  it('moves a day off that a transfer made, over the next holiday', () => {
    expect(nextWorkingDay('2024-05-07', CALENDAR)).toBe('2024-05-10');
  });

  it('moves weekends only when the calendar is empty', () => {
    expect(nextWorkingDay('2026-01-10', WEEKENDS_ONLY)).toBe('2026-01-12');
    expect(isWorkingDay('2026-01-09', WEEKENDS_ONLY)).toBe(true);
  });

  it('records the date as written next to the moved one', () => {
    const moved = moveToWorkingDays([{ period: '2024-Q1', due: '2024-03-23', dueAsWritten: '2024-03-23', dueDateAssumed: false }], CALENDAR);
    expect(moved).toEqual([{ period: '2024-Q1', due: '2024-03-26', dueAsWritten: '2024-03-23', dueDateAssumed: false }]);
  });

  it('knows which years it covers', () => {
    expect(isCoveredByCalendar('2024-12-31', CALENDAR)).toBe(true);
    expect(isCoveredByCalendar('2025-01-01', CALENDAR)).toBe(false);
    expect(isCoveredByCalendar('2024-01-01', WEEKENDS_ONLY)).toBe(false);
  });

  it('finds the first working day on or after the date (property)', () => {
    const day = fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2024-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, (date) => {
        const next = nextWorkingDay(date, CALENDAR);
        expect(isWorkingDay(next, CALENDAR)).toBe(true);
        for (let d = date; d < next; d = addDays(d, 1)) expect(isWorkingDay(d, CALENDAR)).toBe(false);
      }),
    );
  });
});
