// Working days in Kazakhstan: Monday to Friday, minus the days off a calendar lists, plus the
// weekend days a transfer order makes working. A due date on a day off moves to the next working
// day. The calendar is passed in (from data/calendar now, from the database once admins edit it).
import { addDays, isWeekend, yearOf, type IsoDate } from './civil-date';
import type { Occurrence } from './expand-schedule';

export interface WorkingCalendar {
  /** Dates that are not worked: holidays and substitute or transferred days off. */
  daysOff: ReadonlySet<IsoDate>;
  /** Saturdays and Sundays that a transfer order made working days. */
  workingWeekendDays: ReadonlySet<IsoDate>;
  /** Years whose holidays the calendar lists; outside them only weekends are known. */
  coverage: { fromYear: number; toYear: number } | null;
}

/** A calendar with no holidays at all: only weekends are days off. */
export const WEEKENDS_ONLY: WorkingCalendar = { daysOff: new Set(), workingWeekendDays: new Set(), coverage: null };

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  if (calendar.daysOff.has(date)) return false;
  return !isWeekend(date) || calendar.workingWeekendDays.has(date);
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  let day = date;
  // A year of days off in a row would mean a broken calendar, not a long holiday.
  for (let i = 0; i < 366; i++) {
    if (isWorkingDay(day, calendar)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`no working day within a year after ${date}: the calendar is wrong`);
}

/** Moves each due date that falls on a day off; `dueAsWritten` keeps the date the text gives. */
export function moveToWorkingDays(occurrences: readonly Occurrence[], calendar: WorkingCalendar): Occurrence[] {
  return occurrences.map((o) => ({ ...o, due: nextWorkingDay(o.dueAsWritten, calendar) }));
}

/** False for a date in a year whose holidays the calendar does not list. */
export function isCoveredByCalendar(date: IsoDate, calendar: WorkingCalendar): boolean {
  if (!calendar.coverage) return false;
  const year = yearOf(date);
  return year >= calendar.coverage.fromYear && year <= calendar.coverage.toYear;
}
