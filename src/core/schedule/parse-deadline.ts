// Turns a deadline text («ежеквартально, до 10 числа месяца, следующего за отчетным кварталом»)
// into a schedule, or says why it cannot. It never guesses silently: unknown words, ambiguous
// prepositions and contradictory parts all come back unrecognised, with the text kept, so that the
// coordinator schedules the measure by hand; readings it does make are listed in `notes`.
import type { DeadlinePart } from './deadline-part';
import { extractDeadlineParts } from './extract-deadline-parts';
import { normalizeDeadlineText } from './normalize-deadline-text';
import { FREQUENCY_PERIOD, type Frequency } from './period';
import type { DeadlineParseResult, DueRule, Schedule, UnrecognisedReason, YearRange } from './schedule';
import { monthName, ordinal, PERIOD_NOUN } from './schedule-words';

type PartOf<K extends DeadlinePart['kind']> = Extract<DeadlinePart, { kind: K }>;

const FREQUENCY_OF_PERIOD: Record<PartOf<'due-day'>['after'] & string, Frequency> = {
  year: 'annual',
  half: 'semiannual',
  quarter: 'quarterly',
  month: 'monthly',
};

class Refusal {
  constructor(
    readonly reason: UnrecognisedReason,
    readonly message: string,
  ) {}
}

function refuse(reason: UnrecognisedReason, message: string): never {
  throw new Refusal(reason, message);
}

export function parseDeadline(text: string): DeadlineParseResult {
  try {
    const notes: string[] = [];
    const schedule = readSchedule(text, notes);
    return { status: 'recognised', text, schedule, notes };
  } catch (error) {
    if (error instanceof Refusal) return { status: 'unrecognised', text, reason: error.reason, message: error.message };
    throw error;
  }
}

function readSchedule(text: string, notes: string[]): Schedule {
  const normalized = normalizeDeadlineText(text);
  if (normalized === '') refuse('empty', 'the deadline is empty');
  const { parts, leftover } = extractDeadlineParts(normalized);
  const of = <K extends DeadlinePart['kind']>(kind: K) => parts.filter((p): p is PartOf<K> => p.kind === kind);

  const asNeeded = of('as-needed')[0];
  if (asNeeded) refuse('as-needed', `«${asNeeded.words}» gives no date to compute: schedule these obligations by hand`);
  if (leftover !== '') refuse('unknown-words', `the words «${leftover}» are not understood, so the deadline is not guessed`);
  const invalid = of('invalid')[0];
  if (invalid) refuse('invalid-date', invalid.message);
  const ambiguous = of('period').find((p) => p.ambiguous);
  if (ambiguous) {
    refuse(
      'ambiguous',
      `«${ambiguous.words}» can mean the start or the end of the period; write «до конца …», «не позднее …» or a date`,
    );
  }

  const frequencies = [...new Set(of('frequency').map((p) => p.frequency))];
  if (frequencies.length > 1) refuse('conflicting', `the text names several frequencies (${frequencies.join(', ')})`);
  const periods = of('period');
  const ranges = of('years');
  if (ranges.length > 1) refuse('conflicting', 'the text names several ranges of years');
  const dues = [...of('due-day'), ...of('day-month')];
  if (dues.length > 1) refuse('conflicting', 'the text names several due dates');
  const dueDay = of('due-day')[0];
  const dayMonth = of('day-month')[0];
  const isContinuous = of('continuous').length > 0;

  const frequency = frequencies[0] ?? (dueDay?.after ? FREQUENCY_OF_PERIOD[dueDay.after] : undefined);
  if (frequency) {
    let years: YearRange | null = ranges[0] ? { from: ranges[0].from, to: ranges[0].to } : null;
    if (periods.length > 0) {
      const only = periods[0];
      if (periods.length > 1 || only?.period.kind !== 'year' || years) {
        refuse('conflicting', `a ${frequency} schedule cannot also fall due on «${only?.words ?? ''}»`);
      }
      years = { from: only.period.year, to: only.period.year };
    }
    return { kind: 'recurring', frequency, due: dueRule(frequency, dueDay, dayMonth, notes), years };
  }
  if (dueDay) refuse('incomplete', `«до ${dueDay.day} числа» needs a frequency (ежемесячно, ежеквартально, …)`);
  const years: YearRange | null = ranges[0] ? { from: ranges[0].from, to: ranges[0].to } : null;
  if (dayMonth && (years || isContinuous)) {
    if (periods.length > 0) refuse('conflicting', 'a yearly date and a one-off period in one text');
    notes.push('no frequency is written; a yearly date over a span of years is read as annual');
    return { kind: 'recurring', frequency: 'annual', due: dueRule('annual', undefined, dayMonth, notes), years };
  }
  if (years || isContinuous) {
    if (periods.length > 0) refuse('conflicting', `a span of years and a one-off deadline «${periods[0]?.words}» in one text`);
    notes.push('a continuous measure yields one obligation a year, due on 31 December (assumed: the text gives no date)');
    return { kind: 'continuous', years };
  }
  if (periods.length > 1) {
    refuse('several-deadlines', 'several one-off deadlines in one text: split the measure or schedule it by hand');
  }
  const period = periods[0];
  if (period) {
    if (dayMonth) refuse('conflicting', `«${period.words}» and a yearly date in one text`);
    return { kind: 'once', period: period.period };
  }
  if (dayMonth) {
    refuse('incomplete', `${dayMonth.day} ${monthName(dayMonth.month)} has no year and no frequency (ежегодно?)`);
  }
  return refuse('unknown-words', 'no deadline is found in the text');
}

function dueRule(
  frequency: Frequency,
  dueDay: PartOf<'due-day'> | undefined,
  dayMonth: PartOf<'day-month'> | undefined,
  notes: string[],
): DueRule {
  const noun = PERIOD_NOUN[FREQUENCY_PERIOD[frequency]];
  if (dueDay) {
    if (dueDay.after && dueDay.after !== FREQUENCY_PERIOD[frequency]) {
      refuse('conflicting', `a ${frequency} schedule with a due day counted from the reporting ${PERIOD_NOUN[dueDay.after]}`);
    }
    if (!dueDay.monthStated) {
      notes.push(`the ${ordinal(dueDay.day)} is read as the ${ordinal(dueDay.day)} of the month after each reporting ${noun}`);
    }
    if (dueDay.day > 28) notes.push(`in months shorter than ${dueDay.day} days the due date is the month's last day`);
    return { kind: 'day-of-next-month', day: dueDay.day };
  }
  if (dayMonth) {
    if (frequency !== 'annual') refuse('conflicting', `a ${frequency} schedule cannot fall due on one date of the year`);
    const written = `${dayMonth.day} ${monthName(dayMonth.month)}`;
    if (dayMonth.followingYear) return { kind: 'fixed-date', month: dayMonth.month, day: dayMonth.day, yearOffset: 1 };
    if (dayMonth.month <= 3) {
      notes.push(`${written} is read as ${written} of the year after the reporting year (a date in January-March reports on the year just ended)`);
      return { kind: 'fixed-date', month: dayMonth.month, day: dayMonth.day, yearOffset: 1 };
    }
    notes.push(`${written} is read as ${written} of each reporting year`);
    return { kind: 'fixed-date', month: dayMonth.month, day: dayMonth.day, yearOffset: 0 };
  }
  notes.push(`the text gives no due date: each occurrence is due on the last day of its ${noun} (assumed)`);
  return { kind: 'period-end', assumed: true };
}
