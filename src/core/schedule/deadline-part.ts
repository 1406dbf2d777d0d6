// The pieces a deadline text is made of, before they are put together into a schedule. Keeping
// them separate lets parse-deadline.ts check how they combine (a frequency with a due day, a range
// of years with a frequency) and refuse combinations that make no sense.
import type { Frequency, Period, PeriodKind } from './period';

export type RecurringPeriodKind = Exclude<PeriodKind, 'day'>;

export type DeadlinePart =
  /** «по мере необходимости», «as needed»: no computable date. */
  | { kind: 'as-needed'; words: string }
  /** «постоянно», «тұрақты», «ongoing». */
  | { kind: 'continuous' }
  /** «ежеквартально», «тоқсан сайын», «quarterly», «1 раз в полугодие». */
  | { kind: 'frequency'; frequency: Frequency }
  /**
   * «до 10 числа месяца, следующего за отчетным кварталом»: day `day` of the month after the
   * reporting period. `after` is the period the text names (null: «отчетным периодом» or none);
   * `monthStated` is false for a bare «до 10 числа».
   */
  | { kind: 'due-day'; day: number; after: RecurringPeriodKind | null; monthStated: boolean }
  /** «до 25 января» without a year; `followingYear` when the text says «года, следующего за отчетным». */
  | { kind: 'day-month'; month: number; day: number; followingYear: boolean }
  /** A dated period: «декабрь 2024 года», «IV квартал 2025 года», «2025 год», «01.12.2025». */
  | { kind: 'period'; period: Period; ambiguous: boolean; words: string }
  /** «2024-2028 годы» (to set) or «начиная с 2025 года» (to null). */
  | { kind: 'years'; from: number; to: number | null }
  /** Something that looked like a date but is not one (31.02.2025, 2028-2024). */
  | { kind: 'invalid'; message: string };

export type Groups = Record<string, string | undefined>;

/** One pattern and how to read its match; `read` may return null to leave the words alone. */
export interface PartRule {
  name: string;
  pattern: RegExp;
  read(groups: Groups, words: string): DeadlinePart | null;
}

/** Builds a rule whose pattern must start and end on word boundaries. */
export function partRule(name: string, source: string, read: PartRule['read']): PartRule {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, 'gu');
  return { name, pattern, read };
}
