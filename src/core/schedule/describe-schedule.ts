// A schedule in plain English words, for `zhospar schedule explain` and for the coordinator's
// screen: what the parser understood, so a person can check it against the text.
import { FREQUENCY_PERIOD } from './period';
import type { DueRule, Schedule, YearRange } from './schedule';
import { FREQUENCY_WORD, monthName, ordinal, PERIOD_NOUN, periodInWords } from './schedule-words';

export function describeSchedule(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'once':
      return schedule.period.kind === 'day'
        ? `One-off, due by ${periodInWords(schedule.period)}`
        : `One-off, due by the end of ${periodInWords(schedule.period)}`;
    case 'continuous':
      return `Continuous ${yearsInWords(schedule.years)}: one obligation a year, due on 31 December (assumed)`;
    case 'recurring': {
      const frequency = FREQUENCY_WORD[schedule.frequency];
      const noun = PERIOD_NOUN[FREQUENCY_PERIOD[schedule.frequency]];
      const words = `${frequency[0]?.toUpperCase()}${frequency.slice(1)} ${yearsInWords(schedule.years)}`;
      return `${words}: ${dueInWords(schedule.due, noun)}`;
    }
  }
}

function yearsInWords(years: YearRange | null): string {
  if (!years) return 'over the plan period';
  if (years.to === null) return `from ${years.from} to the end of the plan`;
  return years.from === years.to ? `in ${years.from}` : `in ${years.from}-${years.to}`;
}

function dueInWords(due: DueRule, noun: string): string {
  switch (due.kind) {
    case 'period-end':
      return `due on the last day of each ${noun}${due.assumed ? ' (assumed: the text gives no date)' : ''}`;
    case 'day-of-next-month':
      return `due by the ${ordinal(due.day)} of the month after each ${noun}`;
    case 'fixed-date':
      return due.yearOffset === 1
        ? `due by ${due.day} ${monthName(due.month)} of the year after each reporting year`
        : `due by ${due.day} ${monthName(due.month)} of each reporting year`;
  }
}
