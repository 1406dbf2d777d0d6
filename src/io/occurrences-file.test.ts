import { describe, expect, it } from 'vitest';
import { OccurrenceInputError, parseOccurrenceOption, parseOccurrencesCsv } from './occurrences-file';

describe('parseOccurrencesCsv', () => {
  it('reads period and due, naming each row, with a BOM, CRLF, blank lines and extra columns', () => {
    const text = '\uFEFFperiod,due,comment\r\n2025-H1,2025-07-10,до 10 июля\r\n\r\n 2025-H2 , 2026-01-10 ,\r\n,2026-03-01,\r\n';
    expect(parseOccurrencesCsv(text)).toEqual([
      { source: 'row 2', period: '2025-H1', due: '2025-07-10' },
      { source: 'row 4', period: '2025-H2', due: '2026-01-10' },
      { source: 'row 5', due: '2026-03-01' },
    ]);
  });

  it('takes a file with the due column only', () => {
    expect(parseOccurrencesCsv('due\n2025-04-10\n')).toEqual([{ source: 'row 2', due: '2025-04-10' }]);
  });

  it('refuses a file without a due column, without rows, or with ragged rows', () => {
    expect(() => parseOccurrencesCsv('2025-Q1,2025-04-10\n')).toThrow(OccurrenceInputError);
    expect(() => parseOccurrencesCsv('2025-Q1,2025-04-10\n')).toThrow(/lacks the column "due".*period,due/);
    expect(() => parseOccurrencesCsv('period,due\n')).toThrow(/no occurrences/);
    expect(() => parseOccurrencesCsv('period,due\n2025-Q1\n')).toThrow(/row 2/);
    expect(() => parseOccurrencesCsv('')).toThrow(/empty/);
  });
});

describe('parseOccurrenceOption', () => {
  it('reads PERIOD=DUE and a due date alone', () => {
    expect(parseOccurrenceOption('2025-Q1=2025-04-10')).toEqual({ source: '--occurrence 2025-Q1=2025-04-10', period: '2025-Q1', due: '2025-04-10' });
    expect(parseOccurrenceOption('2025-12-01')).toEqual({ source: '--occurrence 2025-12-01', due: '2025-12-01' });
  });

  it('refuses an empty side or more than one "="', () => {
    for (const bad of ['=2025-04-10', '2025-Q1=', 'a=b=c']) expect(() => parseOccurrenceOption(bad), bad).toThrow(/PERIOD=DUE/);
  });
});
