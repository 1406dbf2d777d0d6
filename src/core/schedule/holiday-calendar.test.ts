import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar, checkHolidayCalendar, lawfulSubstitutions, type CalendarDay } from './holiday-calendar';

const holiday = (date: string, en = 'Nauryz meiramy'): CalendarDay => ({ date, kind: 'public-holiday', status: 'statutory', name: { en, ru: en } });
const substitute = (date: string): CalendarDay => ({ date, kind: 'substitute-day-off', status: 'statutory', name: { en: 'Substitute', ru: 'Перенос' } });

describe('lawfulSubstitutions (Law on holidays, art. 5)', () => {
  it('gives Nauryz 2026 (Sat 21, Sun 22, Mon 23 March) Tuesday 24 and Wednesday 25', () => {
    const days = ['2026-03-21', '2026-03-22', '2026-03-23'].map((d) => holiday(d));
    expect(lawfulSubstitutions(days)).toEqual([
      { holiday: '2026-03-21', dayOff: '2026-03-24' },
      { holiday: '2026-03-22', dayOff: '2026-03-25' },
    ]);
  });

  it('gives Nauryz 2025 (Fri 21, Sat 22, Sun 23 March) Monday 24 and Tuesday 25', () => {
    const days = ['2025-03-21', '2025-03-22', '2025-03-23'].map((d) => holiday(d));
    expect(lawfulSubstitutions(days).map((s) => s.dayOff)).toEqual(['2025-03-24', '2025-03-25']);
  });

  it('never substitutes a religious day off on a weekend (Kurban Ait, Sunday 16 June 2024)', () => {
    const kurban: CalendarDay = { date: '2024-06-16', kind: 'religious-day-off', status: 'announced', name: { en: 'Kurban Ait', ru: 'Курбан айт' } };
    expect(lawfulSubstitutions([kurban])).toEqual([]);
  });

  it('skips a day off that is a holiday of another kind', () => {
    // A holiday on Sunday 6 January 2030 would skip Monday 7, Orthodox Christmas.
    const christmas: CalendarDay = { date: '2030-01-07', kind: 'religious-day-off', status: 'statutory', name: { en: 'Christmas', ru: 'Рождество' } };
    expect(lawfulSubstitutions([holiday('2030-01-06', 'Test'), christmas])).toEqual([{ holiday: '2030-01-06', dayOff: '2030-01-08' }]);
  });
});

describe('checkHolidayCalendar', () => {
  it('accepts a calendar that keeps the rule', () => {
    expect(checkHolidayCalendar([holiday('2024-03-23'), substitute('2024-03-25')])).toEqual([]);
  });

  it('names a missing, an unneeded and a misplaced day', () => {
    const problems = checkHolidayCalendar([
      holiday('2024-03-23'),
      substitute('2024-03-26'),
      { date: '2024-05-06', kind: 'working-day', status: 'announced', name: { en: 'x', ru: 'x' } },
      holiday('2024-05-01'),
      holiday('2024-05-01'),
    ]);
    expect(problems).toEqual([
      '2024-05-06 is a working day already (weekday 1), not a weekend day',
      '2024-05-01 is listed twice',
      '2024-03-25 should be a substitute day off (a public holiday fell on a weekend)',
      '2024-03-26 is listed as a substitute day off, but no weekend holiday calls for it',
    ]);
  });
});

describe('buildWorkingCalendar', () => {
  it('collects days off, working weekend days and the years covered', () => {
    const calendar = buildWorkingCalendar([
      holiday('2024-03-22'),
      substitute('2024-03-25'),
      { date: '2024-05-04', kind: 'working-day', status: 'announced', name: { en: 'x', ru: 'x' } },
      { date: '2026-05-27', kind: 'religious-day-off', status: 'announced', name: { en: 'x', ru: 'x' } },
    ]);
    expect([...calendar.daysOff]).toEqual(['2024-03-22', '2024-03-25', '2026-05-27']);
    expect([...calendar.workingWeekendDays]).toEqual(['2024-05-04']);
    expect(calendar.coverage).toEqual({ fromYear: 2024, toYear: 2026 });
  });
});
