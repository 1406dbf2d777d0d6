// The real calendar file: that it parses, keeps the law's weekend rule, covers the plan years with
// every holiday, and moves due dates the way Kazakhstan's official calendars did in 2024-2026.
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../core/schedule/civil-date';
import { nextWorkingDay } from '../core/schedule/working-calendar';
import { buildWorkingCalendar } from '../core/schedule/holiday-calendar';
import { CsvFormatError } from './csv';
import { HolidayCalendarError, loadWorkingCalendar, parseHolidayCalendarCsv, readHolidayCalendarFile } from './holiday-calendar-file';

const HEADER = 'date,kind,status,name_en,name_ru,name_kk,note';

describe('data/calendar/kz-public-holidays.csv', () => {
  it('lists every holiday of the law for each year 2024-2030, and Kurban Ait once a year', async () => {
    const days = await readHolidayCalendarFile();
    for (let year = 2024; year <= 2030; year++) {
      const dates = new Set(days.filter((d) => d.date.startsWith(`${year}-`)).map((d) => d.date.slice(5)));
      for (const md of ['01-01', '01-02', '01-07', '03-08', '03-21', '03-22', '03-23', '05-01', '05-07', '05-09', '07-06', '08-30', '10-25', '12-16']) {
        expect(dates, `${year}-${md}`).toContain(md);
      }
      const kurban = days.filter((d) => d.date.startsWith(`${year}-`) && d.name.en.startsWith('Kurban'));
      expect(kurban).toHaveLength(1);
      expect(kurban[0]?.status).toBe(year <= 2026 ? 'announced' : 'projected');
    }
  });

  it('matches the days off Kazakhstan announced for 2024-2026', async () => {
    const days = await readHolidayCalendarFile();
    const off = (kind: string) => days.filter((d) => d.kind === kind).map((d) => d.date);
    expect(off('substitute-day-off').filter((d) => d < '2027')).toEqual([
      '2024-03-25', '2024-07-08',
      '2025-03-10', '2025-03-24', '2025-03-25', '2025-07-07', '2025-09-01', '2025-10-27',
      '2026-03-09', '2026-03-24', '2026-03-25', '2026-05-11', '2026-08-31', '2026-10-26',
    ]);
    expect(off('transferred-day-off')).toEqual(['2024-05-08', '2025-01-03']);
    expect(off('working-day')).toEqual(['2024-05-04', '2025-01-05']);
  });

  it('moves due dates off weekends and holidays like the official calendar', async () => {
    const calendar = await loadWorkingCalendar();
    const cases: [string, string, string][] = [
      ['2024-03-23', '2024-03-26', 'Saturday Nauryz, Monday 25 its substitute'],
      ['2024-03-21', '2024-03-26', 'Thursday Nauryz, then Friday, the weekend and Monday 25'],
      ['2024-05-04', '2024-05-04', 'a working Saturday stays'],
      ['2024-05-08', '2024-05-10', 'the transferred day off, then Victory Day'],
      ['2024-06-16', '2024-06-17', 'Kurban Ait on a Sunday: no substitute, Monday is worked'],
      ['2024-07-06', '2024-07-09', 'Capital Day on a Saturday, substituted by Monday 8 July'],
      ['2025-01-03', '2025-01-05', 'the transferred Friday off, then Sunday 5 January, a working day'],
      ['2025-01-07', '2025-01-08', 'Orthodox Christmas is a day off'],
      ['2025-03-22', '2025-03-26', 'Nauryz 2025 and its substitutes 24 and 25 March'],
      ['2025-08-30', '2025-09-02', 'Constitution Day on a Saturday, substituted by Monday 1 September'],
      ['2026-01-10', '2026-01-12', 'a plain Saturday'],
      ['2026-03-21', '2026-03-26', 'Nauryz 2026, Saturday to Monday, substitutes 24 and 25 March'],
      ['2028-12-31', '2029-01-03', 'Sunday, then New Year 1-2 January 2029'],
      ['2024-04-10', '2024-04-10', 'a plain Wednesday'],
    ];
    for (const [date, expected, why] of cases) expect(nextWorkingDay(date, calendar), why).toBe(expected);
    // The weekdays the cases rely on, checked independently of the code under test.
    expect(['2024-03-23', '2024-05-04', '2026-01-10', '2025-03-22', '2025-08-30'].map(isoWeekday)).toEqual([6, 6, 6, 6, 6]);
    expect(['2024-06-16', '2025-01-05', '2028-12-31'].map(isoWeekday)).toEqual([7, 7, 7]);
  });

  it('covers the years 2024-2030', async () => {
    expect((await loadWorkingCalendar()).coverage).toEqual({ fromYear: 2024, toYear: 2030 });
  });
});

describe('parseHolidayCalendarCsv', () => {
  it('reads a row with and without a Kazakh name', () => {
    const days = parseHolidayCalendarCsv(`${HEADER}\n2024-03-22,public-holiday,statutory,Nauryz,Наурыз,Наурыз,\n2024-05-08,transferred-day-off,announced,Moved,Перенос,,order\n`);
    expect(days).toEqual([
      { date: '2024-03-22', kind: 'public-holiday', status: 'statutory', name: { en: 'Nauryz', ru: 'Наурыз', kk: 'Наурыз' } },
      { date: '2024-05-08', kind: 'transferred-day-off', status: 'announced', name: { en: 'Moved', ru: 'Перенос' }, note: 'order' },
    ]);
    expect(buildWorkingCalendar(days).daysOff.size).toBe(2);
  });

  it('names the row and column of a bad value', () => {
    expect(() => parseHolidayCalendarCsv(`${HEADER}\n22.03.2024,public-holiday,statutory,a,b,,\n`)).toThrow(/row 2, column "date"/);
    expect(() => parseHolidayCalendarCsv(`${HEADER}\n2024-03-22,holiday,statutory,a,b,,\n`)).toThrow(CsvFormatError);
    expect(() => parseHolidayCalendarCsv(`${HEADER}\n2024-03-22,public-holiday,maybe,a,b,,\n`)).toThrow(/column "status"/);
    expect(() => parseHolidayCalendarCsv(`${HEADER}\n2024-03-22,public-holiday,statutory,,b,,\n`)).toThrow(/name_en/);
    expect(() => parseHolidayCalendarCsv('date,kind\n2024-03-22,public-holiday\n')).toThrow(/lacks the column "status"/);
  });

  it('refuses a calendar that forgets a substitute day off', () => {
    expect(() => parseHolidayCalendarCsv(`${HEADER}\n2024-03-23,public-holiday,statutory,Nauryz,Наурыз,,\n`)).toThrow(HolidayCalendarError);
  });
});
