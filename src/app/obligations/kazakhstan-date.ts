// Today's date in Kazakhstan, the "asOf" of statuses: an obligation is overdue from the day after
// its due date in Astana, whatever time zone the server runs in.
import { KAZAKHSTAN_TIME_ZONE } from '../../core/obligations/civil-time';

const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: KAZAKHSTAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function kazakhstanDate(instant: Date): string {
  const parts = Object.fromEntries(FORMAT.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function kazakhstanToday(): string {
  return kazakhstanDate(new Date());
}
