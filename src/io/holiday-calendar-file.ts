// Reads the holiday calendar (data/calendar/kz-public-holidays.csv) into calendar days, checking
// every row and then the calendar as a whole against the law's weekend rule, so that a hand edit
// that forgets a substitute day off fails loudly instead of moving due dates wrongly.
import { readFile } from 'node:fs/promises';
import {
  buildWorkingCalendar,
  checkHolidayCalendar,
  type CalendarDay,
  type CalendarDayKind,
  type CalendarDayStatus,
} from '../core/schedule/holiday-calendar';
import { isIsoDate } from '../core/schedule/civil-date';
import type { WorkingCalendar } from '../core/schedule/working-calendar';
import { CsvFormatError, parseCsv } from './csv';
import { resolveDataPath } from './data-path';

/** Where the default calendar lives inside the data folder. */
export const HOLIDAY_CALENDAR_FILE = 'calendar/kz-public-holidays.csv';

const KINDS: readonly CalendarDayKind[] = [
  'public-holiday',
  'religious-day-off',
  'substitute-day-off',
  'transferred-day-off',
  'working-day',
];
const STATUSES: readonly CalendarDayStatus[] = ['statutory', 'announced', 'projected'];
const COLUMNS = ['date', 'kind', 'status', 'name_en', 'name_ru', 'name_kk', 'note'];

export class HolidayCalendarError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(`${message}:\n  ${problems.join('\n  ')}`);
    this.name = 'HolidayCalendarError';
  }
}

/** Parses the CSV text; throws CsvFormatError naming the row, or HolidayCalendarError for rule breaches. */
export function parseHolidayCalendarCsv(text: string): CalendarDay[] {
  const table = parseCsv(text, { requiredColumns: COLUMNS });
  const days = table.rows.map(({ rowNumber, values }): CalendarDay => {
    const value = (column: string) => (values[column] ?? '').trim();
    const date = value('date');
    if (!isIsoDate(date)) throw new CsvFormatError(`"${date}" is not a date written YYYY-MM-DD`, rowNumber, 'date');
    const kind = value('kind') as CalendarDayKind;
    if (!KINDS.includes(kind)) throw new CsvFormatError(`kind must be one of ${KINDS.join(', ')}`, rowNumber, 'kind');
    const status = value('status') as CalendarDayStatus;
    if (!STATUSES.includes(status)) {
      throw new CsvFormatError(`status must be one of ${STATUSES.join(', ')}`, rowNumber, 'status');
    }
    const [en, ru, kk, note] = [value('name_en'), value('name_ru'), value('name_kk'), value('note')];
    if (!en || !ru) throw new CsvFormatError('name_en and name_ru are required', rowNumber, en ? 'name_ru' : 'name_en');
    return { date, kind, status, name: kk ? { en, ru, kk } : { en, ru }, ...(note ? { note } : {}) };
  });
  const problems = checkHolidayCalendar(days);
  if (problems.length > 0) throw new HolidayCalendarError('the holiday calendar breaks the rules of the law on holidays', problems);
  return days;
}

export async function readHolidayCalendarFile(path: string = resolveDataPath(HOLIDAY_CALENDAR_FILE)): Promise<CalendarDay[]> {
  return parseHolidayCalendarCsv(await readFile(path, 'utf8'));
}

/** The working calendar from a calendar file (the default one when no path is given). */
export async function loadWorkingCalendar(path?: string): Promise<WorkingCalendar> {
  return buildWorkingCalendar(await readHolidayCalendarFile(path));
}
