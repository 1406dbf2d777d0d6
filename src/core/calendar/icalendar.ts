// iCalendar text (RFC 5545) for a feed of all-day events, such as an organisation's obligations:
// calendar programs subscribe to the URL and show each due date. The format's rules that matter:
// CRLF line ends, lines folded at 75 octets (not characters: Cyrillic takes two octets each, and a
// fold must never split one), text values escaped, and every event with a stable UID and a DTSTAMP.
import { addDays } from '../schedule/civil-date';

export interface CalendarEvent {
  /** Globally unique and stable: the same obligation keeps its UID across fetches. */
  uid: string;
  /** All-day event date, 'YYYY-MM-DD'. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: readonly string[];
  isCancelled?: boolean;
  /** When the event last changed, as an ISO instant; used for DTSTAMP and LAST-MODIFIED. */
  changedAt: string;
  /** Bumped whenever the event changes, so clients replace their copy. */
  sequence?: number;
}

export interface CalendarFeed {
  productId: string;
  name: string;
  description?: string;
  /** How often subscribers should refresh, e.g. 'PT6H'. */
  refreshInterval?: string;
  events: readonly CalendarEvent[];
}

const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Splits a content line into 75-octet pieces; continuation lines start with one space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // Other control characters are not allowed in TEXT values (RFC 5545 3.3.11).
    .replace(/\p{Cc}/gu, '');
}

const basicDate = (date: string) => date.replace(/-/g, '');

/** '2025-04-10T06:30:00.000Z' -> '20250410T063000Z' */
export function utcStamp(instant: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(instant);
  if (!match) throw new RangeError(`not an ISO instant: ${instant}`);
  return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`;
}

function eventLines(event: CalendarEvent): string[] {
  const stamp = utcStamp(event.changedAt);
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    `STATUS:${event.isCancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function buildICalendar(feed: CalendarFeed): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${feed.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(feed.name)}`,
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    ...(feed.description ? [`DESCRIPTION:${escapeText(feed.description)}`, `X-WR-CALDESC:${escapeText(feed.description)}`] : []),
    ...(feed.refreshInterval ? [`REFRESH-INTERVAL;VALUE=DURATION:${feed.refreshInterval}`, `X-PUBLISHED-TTL:${feed.refreshInterval}`] : []),
    ...feed.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
