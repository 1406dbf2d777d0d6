// "Today" for indicator status: the civil date in Kazakhstan, where the plan is run, whatever the
// server's own time zone. Core takes the date as a parameter and never reads a clock.
import { KAZAKHSTAN_TIME_ZONE } from '../../core/obligations/civil-time';

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: KAZAKHSTAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function kazakhstanToday(now: Date = new Date()): string {
  return formatter.format(now);
}
