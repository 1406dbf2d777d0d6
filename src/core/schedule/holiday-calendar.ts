// The holiday calendar as data, and the rules of Kazakh law it must obey. Rows come from
// data/calendar/kz-public-holidays.csv today and from a database table an admin edits later; either
// way buildWorkingCalendar turns them into the working calendar due dates are moved by.
//
// The rules (Law "On holidays in the Republic of Kazakhstan" of 13 December 2001, art. 5; Labour
// Code): national and state holidays are days off, and when one falls on a Saturday or Sunday the
// next working day is given off instead. The first day of Kurban Ait and Orthodox Christmas are
// days off as well, but they are not national or state holidays, so they are never substituted.
// The Government (now the Minister of Labour) may also move a day off, making a weekend day a
// working day.
import { addDays, isoWeekday, isWeekend, yearOf, type IsoDate } from './civil-date';
import type { WorkingCalendar } from './working-calendar';

export type CalendarDayKind =
  /** A national or state holiday: a day off, substituted when it falls on a weekend. */
  | 'public-holiday'
  /** Kurban Ait (first day), Orthodox Christmas: a day off, never substituted. */
  | 'religious-day-off'
  /** The working day given off because a public holiday fell on a weekend. */
  | 'substitute-day-off'
  /** A weekday made a day off by a transfer order. */
  | 'transferred-day-off'
  /** A Saturday or Sunday made a working day by a transfer order. */
  | 'working-day';

export type CalendarDayStatus =
  /** Follows from the fixed dates of the law and its weekend rule. */
  | 'statutory'
  /** Set for that year by an act or an official announcement (Kurban Ait, transfer orders). */
  | 'announced'
  /** Our estimate, to be replaced when the date is announced (Kurban Ait of later years). */
  | 'projected';

export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  status: CalendarDayStatus;
  name: { en: string; ru: string; kk?: string };
  /** The source or a remark, e.g. the order that transferred the day. */
  note?: string;
}

const DAY_OFF_KINDS: ReadonlySet<CalendarDayKind> = new Set([
  'public-holiday',
  'religious-day-off',
  'substitute-day-off',
  'transferred-day-off',
]);

export function buildWorkingCalendar(days: readonly CalendarDay[]): WorkingCalendar {
  const years = days.map((d) => yearOf(d.date));
  return {
    daysOff: new Set(days.filter((d) => DAY_OFF_KINDS.has(d.kind)).map((d) => d.date)),
    workingWeekendDays: new Set(days.filter((d) => d.kind === 'working-day').map((d) => d.date)),
    coverage: years.length ? { fromYear: Math.min(...years), toYear: Math.max(...years) } : null,
  };
}

export interface Substitution {
  /** The public holiday that fell on a weekend. */
  holiday: IsoDate;
  /** The working day given off for it. */
  dayOff: IsoDate;
}

/**
 * The substitute days off the law gives for the public holidays in `days` that fall on a weekend:
 * each takes the first working day after it that is neither a day off nor already taken, in date
 * order (Nauryz 2026: Sat 21 and Sun 22 March, Monday 23 a holiday itself, give Tue 24 and Wed 25).
 */
export function lawfulSubstitutions(days: readonly CalendarDay[]): Substitution[] {
  const working = new Set(days.filter((d) => d.kind === 'working-day').map((d) => d.date));
  const off = new Set(
    days.filter((d) => d.kind !== 'working-day' && d.kind !== 'substitute-day-off').map((d) => d.date),
  );
  const taken = new Set<IsoDate>();
  const isFree = (date: IsoDate) => !off.has(date) && !taken.has(date) && (!isWeekend(date) || working.has(date));
  return days
    .filter((d) => d.kind === 'public-holiday' && isWeekend(d.date) && !working.has(d.date))
    .map((d) => d.date)
    .sort()
    .map((holiday) => {
      let dayOff = addDays(holiday, 1);
      while (!isFree(dayOff)) dayOff = addDays(dayOff, 1);
      taken.add(dayOff);
      return { holiday, dayOff };
    });
}

/** What is wrong with a calendar, in sentences; empty when it keeps the rules above. */
export function checkHolidayCalendar(days: readonly CalendarDay[]): string[] {
  const problems: string[] = [];
  const seen = new Set<IsoDate>();
  for (const day of days) {
    if (seen.has(day.date)) problems.push(`${day.date} is listed twice`);
    seen.add(day.date);
    if (day.kind === 'working-day' && !isWeekend(day.date)) {
      problems.push(`${day.date} is a working day already (weekday ${isoWeekday(day.date)}), not a weekend day`);
    }
    if ((day.kind === 'transferred-day-off' || day.kind === 'substitute-day-off') && isWeekend(day.date)) {
      problems.push(`${day.date} (${day.kind}) falls on a weekend, which is a day off already`);
    }
  }
  const expected = new Set(lawfulSubstitutions(days).map((s) => s.dayOff));
  const listed = new Set(days.filter((d) => d.kind === 'substitute-day-off').map((d) => d.date));
  for (const date of expected) {
    if (!listed.has(date)) problems.push(`${date} should be a substitute day off (a public holiday fell on a weekend)`);
  }
  for (const date of listed) {
    if (!expected.has(date)) problems.push(`${date} is listed as a substitute day off, but no weekend holiday calls for it`);
  }
  return problems;
}
