import { describe, expect, it } from 'vitest';
import { CsvFormatError, csvField, decimalText, parseCsv, parseDecimal } from './csv';

describe('parseCsv', () => {
  it('reads a header and rows with their row numbers', () => {
    const table = parseCsv('\ufeffa, b\r\n1,"x, ""y"""\r\n\r\n2,z\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { rowNumber: 2, values: { a: '1', b: 'x, "y"' } },
      { rowNumber: 4, values: { a: '2', b: 'z' } },
    ]);
  });

  it('names the row of a record with the wrong number of fields, and a missing column', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(/row 3: expected 2 fields, found 1/);
    expect(() => parseCsv('a,b\n', { requiredColumns: ['c'] })).toThrow(CsvFormatError);
  });
});

describe('decimal text', () => {
  it('keeps plain numbers as written and cleans the others', () => {
    expect(['125.4', '-3', '1.', '.5', '007'].map(decimalText)).toEqual(['125.4', '-3', '1.', '.5', '007']);
    expect(['1 234,5', ' 12 ', '+4', '1e3', '1\u00a0000'].map(decimalText)).toEqual(['1234.5', '12', '+4', '1e3', '1000']);
    expect(['', '-', '.', '1.2.3', 'n/a', '1,2,3', '--1'].map(decimalText)).toEqual([null, null, null, null, null, null, null]);
    expect(parseDecimal('1 234,5')).toBe(1234.5);
  });

  it('quotes output fields only where needed', () => {
    expect(['a', 'b,c', 'say "hi"', 3, null].map(csvField)).toEqual(['a', '"b,c"', '"say ""hi"""', '3', '']);
  });
});
