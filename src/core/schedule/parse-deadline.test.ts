// The deadline table: real-looking deadline texts of Kazakh state plans in Russian, Kazakh and
// English, with what each must mean. Due dates are as written over the plan years 2024-2028 (the
// move to working days is tested with the real calendar in src/io/holiday-calendar-file.test.ts).
import { describe, expect, it } from 'vitest';
import { expandSchedule } from './expand-schedule';
import { parseDeadline } from './parse-deadline';
import type { Schedule } from './schedule';

type Kind = 'once' | 'continuous' | 'annual' | 'semiannual' | 'quarterly' | 'monthly';

interface Row {
  text: string;
  kind: Kind;
  /** The first occurrences, as 'period due'. */
  first: string[];
  count: number;
  /** The last occurrence, as 'period due', when the list is longer than `first`. */
  last?: string;
  assumed?: boolean;
}

const FIVE_YEAR_ENDS = ['2024 2024-12-31', '2025 2025-12-31', '2026 2026-12-31', '2027 2027-12-31', '2028 2028-12-31'];

const ROWS: Row[] = [
  // Russian: one-offs
  { text: 'декабрь 2024 года', kind: 'once', first: ['2024-12 2024-12-31'], count: 1 },
  { text: 'в декабре 2024 г.', kind: 'once', first: ['2024-12 2024-12-31'], count: 1 },
  { text: 'Декабрь  2024г.', kind: 'once', first: ['2024-12 2024-12-31'], count: 1 },
  { text: 'до конца декабря 2025 года', kind: 'once', first: ['2025-12 2025-12-31'], count: 1 },
  { text: 'февраль 2028 года', kind: 'once', first: ['2028-02 2028-02-29'], count: 1 },
  { text: 'IV квартал 2025 года', kind: 'once', first: ['2025-Q4 2025-12-31'], count: 1 },
  { text: '4 кв. 2025 г.', kind: 'once', first: ['2025-Q4 2025-12-31'], count: 1 },
  { text: 'II квартал 2026 г.', kind: 'once', first: ['2026-Q2 2026-06-30'], count: 1 },
  { text: 'в III квартале 2024 года', kind: 'once', first: ['2024-Q3 2024-09-30'], count: 1 },
  { text: 'не позднее I квартала 2027 года', kind: 'once', first: ['2027-Q1 2027-03-31'], count: 1 },
  { text: '1-й квартал 2026 года', kind: 'once', first: ['2026-Q1 2026-03-31'], count: 1 },
  { text: 'I полугодие 2026 года', kind: 'once', first: ['2026-H1 2026-06-30'], count: 1 },
  { text: '2 полугодие 2025 г.', kind: 'once', first: ['2025-H2 2025-12-31'], count: 1 },
  { text: 'во втором полугодии 2024 года', kind: 'once', first: ['2024-H2 2024-12-31'], count: 1 },
  { text: '2025 год', kind: 'once', first: ['2025 2025-12-31'], count: 1 },
  { text: 'в течение 2026 года', kind: 'once', first: ['2026 2026-12-31'], count: 1 },
  { text: 'до конца 2027 г.', kind: 'once', first: ['2027 2027-12-31'], count: 1 },
  { text: 'до 1 декабря 2025 года', kind: 'once', first: ['2025-12-01 2025-12-01'], count: 1 },
  { text: '1 декабря 2025 года', kind: 'once', first: ['2025-12-01 2025-12-01'], count: 1 },
  { text: 'не позднее 15 июля 2024 г.', kind: 'once', first: ['2024-07-15 2024-07-15'], count: 1 },
  { text: '01.12.2025', kind: 'once', first: ['2025-12-01 2025-12-01'], count: 1 },
  { text: 'до 31.03.2026 г.', kind: 'once', first: ['2026-03-31 2026-03-31'], count: 1 },
  // Russian: spans and recurring
  { text: '2024-2028 годы', kind: 'continuous', first: FIVE_YEAR_ENDS, count: 5, assumed: true },
  { text: '2024 – 2028 гг.', kind: 'continuous', first: FIVE_YEAR_ENDS, count: 5, assumed: true },
  { text: '2025—2027 годы', kind: 'continuous', first: ['2025 2025-12-31', '2026 2026-12-31', '2027 2027-12-31'], count: 3, assumed: true },
  { text: 'постоянно', kind: 'continuous', first: FIVE_YEAR_ENDS, count: 5, assumed: true },
  { text: 'ежегодно, до 25 января', kind: 'annual', first: ['2024 2025-01-25', '2025 2026-01-25'], count: 5, last: '2028 2029-01-25' },
  { text: 'ежегодно, 1 июля', kind: 'annual', first: ['2024 2024-07-01', '2025 2025-07-01'], count: 5, last: '2028 2028-07-01' },
  { text: 'Ежегодно до 20 числа месяца, следующего за отчетным годом', kind: 'annual', first: ['2024 2025-01-20'], count: 5, last: '2028 2029-01-20' },
  { text: 'ежегодно, до 1 февраля года, следующего за отчетным', kind: 'annual', first: ['2024 2025-02-01'], count: 5 },
  { text: 'ежегодно, не позднее 1 декабря', kind: 'annual', first: ['2024 2024-12-01'], count: 5 },
  { text: 'ежегодно, до 25 января, 2024-2026 годы', kind: 'annual', first: ['2024 2025-01-25', '2025 2026-01-25', '2026 2027-01-25'], count: 3 },
  { text: 'ежегодно, начиная с 2026 года', kind: 'annual', first: ['2026 2026-12-31', '2027 2027-12-31', '2028 2028-12-31'], count: 3, assumed: true },
  { text: '1 раз в год', kind: 'annual', first: ['2024 2024-12-31'], count: 5, assumed: true },
  {
    text: 'ежеквартально, до 10 числа месяца, следующего за отчетным кварталом',
    kind: 'quarterly',
    first: ['2024-Q1 2024-04-10', '2024-Q2 2024-07-10', '2024-Q3 2024-10-10', '2024-Q4 2025-01-10'],
    count: 20,
    last: '2028-Q4 2029-01-10',
  },
  { text: 'Ежеквартально, не позднее 5-го числа месяца, следующего за отчётным кварталом', kind: 'quarterly', first: ['2024-Q1 2024-04-05'], count: 20 },
  { text: 'ежеквартально', kind: 'quarterly', first: ['2024-Q1 2024-03-31', '2024-Q2 2024-06-30'], count: 20, assumed: true },
  { text: 'до 10 числа месяца, следующего за отчетным кварталом', kind: 'quarterly', first: ['2024-Q1 2024-04-10'], count: 20 },
  { text: '2025-2026 годы, ежеквартально', kind: 'quarterly', first: ['2025-Q1 2025-03-31'], count: 8, last: '2026-Q4 2026-12-31', assumed: true },
  { text: '1 раз в полугодие', kind: 'semiannual', first: ['2024-H1 2024-06-30', '2024-H2 2024-12-31'], count: 10, assumed: true },
  {
    text: 'раз в полугодие, до 15 числа месяца, следующего за отчетным полугодием',
    kind: 'semiannual',
    first: ['2024-H1 2024-07-15', '2024-H2 2025-01-15'],
    count: 10,
  },
  { text: 'ежемесячно, до 5 числа', kind: 'monthly', first: ['2024-01 2024-02-05', '2024-02 2024-03-05'], count: 60, last: '2028-12 2029-01-05' },
  { text: 'ежемесячно, до 30 числа месяца, следующего за отчетным', kind: 'monthly', first: ['2024-01 2024-02-29', '2024-02 2024-03-30'], count: 60 },
  // Kazakh
  { text: '2024 жылғы желтоқсан', kind: 'once', first: ['2024-12 2024-12-31'], count: 1 },
  { text: '2024 жылғы желтоқсанның соңына дейін', kind: 'once', first: ['2024-12 2024-12-31'], count: 1 },
  { text: '2025 жылғы IV тоқсан', kind: 'once', first: ['2025-Q4 2025-12-31'], count: 1 },
  { text: '2025 жылғы 4-тоқсан', kind: 'once', first: ['2025-Q4 2025-12-31'], count: 1 },
  { text: 'ІV тоқсан 2025 ж.', kind: 'once', first: ['2025-Q4 2025-12-31'], count: 1 },
  { text: '2026 жылғы бірінші жартыжылдық', kind: 'once', first: ['2026-H1 2026-06-30'], count: 1 },
  { text: '2025 жыл', kind: 'once', first: ['2025 2025-12-31'], count: 1 },
  { text: '2025 жылдың соңына дейін', kind: 'once', first: ['2025 2025-12-31'], count: 1 },
  { text: '2025 жылғы 1 желтоқсанға дейін', kind: 'once', first: ['2025-12-01 2025-12-01'], count: 1 },
  { text: '2024 – 2028 жылдар', kind: 'continuous', first: FIVE_YEAR_ENDS, count: 5, assumed: true },
  { text: 'тұрақты негізде', kind: 'continuous', first: FIVE_YEAR_ENDS, count: 5, assumed: true },
  { text: 'жыл сайын, 25 қаңтарға дейін', kind: 'annual', first: ['2024 2025-01-25'], count: 5, last: '2028 2029-01-25' },
  {
    text: 'тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-күніне дейін',
    kind: 'quarterly',
    first: ['2024-Q1 2024-04-10', '2024-Q2 2024-07-10'],
    count: 20,
  },
  { text: 'жартыжылдықта бір рет', kind: 'semiannual', first: ['2024-H1 2024-06-30'], count: 10, assumed: true },
  { text: 'ай сайын, 5-іне дейін', kind: 'monthly', first: ['2024-01 2024-02-05'], count: 60 },
  // English
  { text: 'December 2024', kind: 'once', first: ['2024-12 2024-12-31'], count: 1 },
  { text: 'Q4 2025', kind: 'once', first: ['2025-Q4 2025-12-31'], count: 1 },
  { text: 'fourth quarter of 2025', kind: 'once', first: ['2025-Q4 2025-12-31'], count: 1 },
  { text: 'H1 2026', kind: 'once', first: ['2026-H1 2026-06-30'], count: 1 },
  { text: 'first half of 2026', kind: 'once', first: ['2026-H1 2026-06-30'], count: 1 },
  { text: 'by the end of 2025', kind: 'once', first: ['2025 2025-12-31'], count: 1 },
  { text: 'by 1 December 2025', kind: 'once', first: ['2025-12-01 2025-12-01'], count: 1 },
  { text: 'December 1, 2025', kind: 'once', first: ['2025-12-01 2025-12-01'], count: 1 },
  { text: '2024-2028', kind: 'continuous', first: FIVE_YEAR_ENDS, count: 5, assumed: true },
  { text: 'annually, by 25 January', kind: 'annual', first: ['2024 2025-01-25'], count: 5 },
  { text: 'annually, 1 July', kind: 'annual', first: ['2024 2024-07-01'], count: 5 },
  { text: 'quarterly, by the 10th of the month after the quarter', kind: 'quarterly', first: ['2024-Q1 2024-04-10'], count: 20 },
  { text: 'semi-annually', kind: 'semiannual', first: ['2024-H1 2024-06-30'], count: 10, assumed: true },
  { text: 'monthly, by the 5th', kind: 'monthly', first: ['2024-01 2024-02-05'], count: 60 },
  { text: 'ongoing', kind: 'continuous', first: FIVE_YEAR_ENDS, count: 5, assumed: true },
];

function kindOf(schedule: Schedule): Kind {
  return schedule.kind === 'recurring' ? schedule.frequency : schedule.kind;
}

describe('parseDeadline: the deadline table', () => {
  it('has at least 40 rows in each of the plan languages together', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ROWS)('«$text» is $kind', (row) => {
    const result = parseDeadline(row.text);
    if (result.status !== 'recognised') throw new Error(`unrecognised: ${result.message}`);
    expect(kindOf(result.schedule)).toBe(row.kind);
    const occurrences = expandSchedule(result.schedule, { fromYear: 2024, toYear: 2028 });
    const written = occurrences.map((o) => `${o.period} ${o.dueAsWritten}`);
    expect(written.slice(0, row.first.length)).toEqual(row.first);
    expect(occurrences).toHaveLength(row.count);
    if (row.last) expect(written.at(-1)).toBe(row.last);
    expect(occurrences.every((o) => o.dueDateAssumed === (row.assumed ?? false))).toBe(true);
    expect(occurrences.every((o) => o.due === o.dueAsWritten)).toBe(true);
  });
});

describe('parseDeadline: what it reads and says', () => {
  it('keeps the text and reports its readings as notes', () => {
    const result = parseDeadline('ежегодно, до 25 января');
    expect(result).toMatchObject({
      status: 'recognised',
      text: 'ежегодно, до 25 января',
      schedule: { kind: 'recurring', frequency: 'annual', due: { kind: 'fixed-date', month: 1, day: 25, yearOffset: 1 }, years: null },
    });
    expect(result.status === 'recognised' && result.notes.join(' ')).toContain('year after the reporting year');
  });

  it('reads a date later in the year as a date of the reporting year itself', () => {
    const result = parseDeadline('ежегодно, до 1 апреля');
    expect(result.status === 'recognised' && result.schedule).toMatchObject({ due: { month: 4, day: 1, yearOffset: 0 } });
  });

  it('says nothing is assumed when the text gives the full rule', () => {
    const result = parseDeadline('ежеквартально, до 10 числа месяца, следующего за отчетным кварталом');
    expect(result.status === 'recognised' && result.notes).toEqual([]);
  });

  it('flags the reading of a bare «до 5 числа» as the month after the reporting month', () => {
    const result = parseDeadline('ежемесячно, до 5 числа');
    expect(result.status === 'recognised' && result.notes[0]).toContain('the 5th of the month after each reporting month');
  });
});
