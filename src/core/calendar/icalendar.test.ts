import { describe, expect, it } from 'vitest';
import { buildICalendar, escapeText, foldLine, utcStamp } from './icalendar';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar text', () => {
  const feed = buildICalendar({
    productId: '-//Zhospar//Obligations//EN',
    name: 'МИС: обязательства',
    refreshInterval: 'PT6H',
    events: [
      {
        uid: 'obligation-1.MB-2024-2028@zhospar',
        date: '2024-12-31',
        summary: 'Мероприятие 15, 2024-Q4: Предоставление отчёта о ходе финансирования проектов машиностроения; сведения, по регионам',
        description: 'Строка 1\nСтрока 2',
        categories: ['MB-2024-2028'],
        changedAt: '2025-01-05T10:11:12.345Z',
        sequence: 2,
      },
      { uid: 'obligation-2.MB-2024-2028@zhospar', date: '2025-02-28', summary: 'x', changedAt: '2025-01-05T10:11:12.000Z', isCancelled: true },
    ],
  });

  it('ends every line with CRLF and folds at 75 octets without splitting a character', () => {
    expect(feed.endsWith('\r\n')).toBe(true);
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of feed.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(feed).not.toContain('\uFFFD');
  });

  it('unfolds back to the escaped content lines', () => {
    const unfolded = feed.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'SUMMARY:Мероприятие 15\\, 2024-Q4: Предоставление отчёта о ходе финансирования проектов машиностроения\\; сведения\\, по регионам\r\n',
    );
    expect(unfolded).toContain('DESCRIPTION:Строка 1\\nСтрока 2\r\n');
  });

  it('writes all-day events with a stable UID, DTSTAMP and status', () => {
    expect(feed).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-\/\/Zhospar\/\/Obligations\/\/EN\r\n/);
    expect(feed).toContain('DTSTART;VALUE=DATE:20241231\r\nDTEND;VALUE=DATE:20250101\r\n');
    expect(feed).toContain('UID:obligation-1.MB-2024-2028@zhospar\r\nDTSTAMP:20250105T101112Z\r\n');
    expect(feed).toContain('SEQUENCE:2\r\n');
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(feed).toContain('STATUS:CANCELLED');
    expect(feed.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('folds long ASCII lines at exactly 75 octets, continuation lines at 74 plus the space', () => {
    const folded = foldLine(`SUMMARY:${'a'.repeat(200)}`).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 60]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('escapes text and converts instants', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(utcStamp('2025-04-10T06:30:00.000Z')).toBe('20250410T063000Z');
  });
});
