// What a deadline text means once parsed: a schedule. It is stored with the measure (as JSON) and
// expanded into obligations for a plan period by expand-schedule.ts. The union is closed on
// purpose: anything that does not fit one of these shapes stays unrecognised and goes to a person.
import type { Frequency, Period } from './period';

/** Reporting years a recurring schedule is limited to; `to: null` runs to the end of the plan. */
export interface YearRange {
  from: number;
  to: number | null;
}

/** When each occurrence of a recurring schedule falls due. */
export type DueRule =
  /** The last day of the reporting period. `assumed` is true when the text named no date at all. */
  | { kind: 'period-end'; assumed: boolean }
  /** Day `day` of the month after the reporting period (the month's last day if it is shorter). */
  | { kind: 'day-of-next-month'; day: number }
  /** Annual only: `day` `month` of the reporting year plus `yearOffset` (1 = the year after). */
  | { kind: 'fixed-date'; month: number; day: number; yearOffset: 0 | 1 };

export type Schedule =
  /** A single deadline: the end of a month, quarter, half-year or year, or a given date. */
  | { kind: 'once'; period: Period }
  /**
   * A measure carried out throughout a span of years («2024-2028 годы», «постоянно»). It yields one
   * annual obligation per year, due at the year's end (an assumed date: the text gives none).
   */
  | { kind: 'continuous'; years: YearRange | null }
  /** One obligation per period of the given frequency. */
  | { kind: 'recurring'; frequency: Frequency; due: DueRule; years: YearRange | null };

export type ScheduleKind = Schedule['kind'];

/** Why a text was not turned into a schedule. Each needs a person to schedule the measure by hand. */
export type UnrecognisedReason =
  | 'empty'
  /** «по мере необходимости»: there is no date to compute; the coordinator sets them. */
  | 'as-needed'
  /** The words allow two readings («до декабря 2024 года»: the start or the end of December?). */
  | 'ambiguous'
  /** Words the parser does not know; it will not guess past them. */
  | 'unknown-words'
  /** Parts that cannot hold together («ежеквартально, до 25 января»). */
  | 'conflicting'
  /** Several one-off deadlines in one text: split the measure or schedule it by hand. */
  | 'several-deadlines'
  /** A due rule without the rest («до 25 января» with no year or frequency). */
  | 'incomplete'
  /** A date that does not exist (31.02.2025) or a year range that runs backwards. */
  | 'invalid-date';

/** Every reason, for the pages and tests that must word each one. */
export const UNRECOGNISED_REASONS = [
  'empty',
  'as-needed',
  'ambiguous',
  'unknown-words',
  'conflicting',
  'several-deadlines',
  'incomplete',
  'invalid-date',
] as const satisfies readonly UnrecognisedReason[];
// Fails to compile when a reason is added to the type but not to the list.
const _everyReasonListed: UnrecognisedReason extends (typeof UNRECOGNISED_REASONS)[number] ? true : never = true;

export type DeadlineParseResult =
  | {
      status: 'recognised';
      text: string;
      schedule: Schedule;
      /** Readings the parser made that the text does not spell out, in plain English, for the UI. */
      notes: string[];
    }
  | { status: 'unrecognised'; text: string; reason: UnrecognisedReason; message: string };
