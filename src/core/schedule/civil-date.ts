// Calendar dates without time zones. Deadlines are civil dates ("1 December 2025"), never instants:
// a JS Date would drag in the machine's time zone and daylight-saving shifts, so dates stay ISO
// strings ('YYYY-MM-DD') and all arithmetic runs on whole day numbers in the proleptic Gregorian
// calendar (Howard Hinnant's days_from_civil algorithm), with no Date object at all.

/** A civil date written 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface CivilDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined) throw new RangeError(`month must be 1..12, got ${month}`);
  return days;
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidCivilDate(year, month, day)) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads 'YYYY-MM-DD'; null when the text is not exactly that or names no real day (2025-02-30). */
export function parseIsoDate(text: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCivilDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function civil(date: IsoDate): CivilDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not an ISO date (YYYY-MM-DD): "${date}"`);
  return parsed;
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = civil(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return toIsoDate(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday: Kazakhstan's standard five-day week (Labour Code) rests on both. */
export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return toIsoDate(year, month, daysInMonth(year, month));
}

/** Day `day` of the given month, or the month's last day when the month is shorter (31 -> 30 June). */
export function clampedDate(year: number, month: number, day: number): IsoDate {
  return toIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The month after (year, month), as a pair. */
export function nextMonth(year: number, month: number): { year: number; month: number } {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

export function yearOf(date: IsoDate): number {
  return civil(date).year;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  // Zero-padded ISO dates sort as strings; the check keeps a malformed value from sorting silently.
  civil(a);
  civil(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
