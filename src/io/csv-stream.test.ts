import { describe, expect, it } from 'vitest';
import { CsvFormatError, csvRecords, type CsvRecord } from './csv';
import { CsvEncodingError, csvRecordBatches } from './csv-stream';

async function* chunksOf<T>(parts: T[]): AsyncGenerator<T> {
  for (const part of parts) yield part;
}

async function readAll(parts: (Uint8Array | string)[]): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const batch of csvRecordBatches(chunksOf(parts))) records.push(...batch);
  return records;
}

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Every way of cutting `data` into two chunks, plus one byte at a time. */
function splits(data: Uint8Array): Uint8Array[][] {
  const ways: Uint8Array[][] = [];
  for (let cut = 0; cut <= data.length; cut++) ways.push([data.slice(0, cut), data.slice(cut)]);
  ways.push(Array.from(data, (_, i) => data.slice(i, i + 1)));
  return ways;
}

const tricky =
  '\ufeffseries,source,value\r\n' +
  'PVI,"Bureau, ""Flash"" release\r\nsecond line",111\r\n' +
  '\r\n' +
  'GVA,"Бюро ұлттық статистика",\r\n' +
  'OUTPUT,plain,"1 234,5"';

const expected: CsvRecord[] = [
  { rowNumber: 1, fields: ['series', 'source', 'value'] },
  { rowNumber: 2, fields: ['PVI', 'Bureau, "Flash" release\r\nsecond line', '111'] },
  { rowNumber: 5, fields: ['GVA', 'Бюро ұлттық статистика', ''] },
  { rowNumber: 6, fields: ['OUTPUT', 'plain', '1 234,5'] },
];

describe('streaming CSV reader', () => {
  it('reads the same records as the in-memory reader', async () => {
    expect([...csvRecords(tricky)]).toEqual(expected);
    expect(await readAll([bytes(tricky)])).toEqual(expected);
  });

  it('gives the same records wherever the chunks are cut: inside quotes, between CR and LF, inside a character', async () => {
    for (const parts of splits(bytes(tricky))) {
      expect(await readAll(parts)).toEqual(expected);
    }
  });

  it('strips the byte order mark only at the start of the file', async () => {
    const records = await readAll([bytes('\ufeffa,b\n'), bytes('\ufeffc,d\n')]);
    expect(records).toEqual([
      { rowNumber: 1, fields: ['a', 'b'] },
      { rowNumber: 2, fields: ['\ufeffc', 'd'] },
    ]);
  });

  it('accepts LF, CRLF and lone CR line ends and a last line without one', async () => {
    expect(await readAll(['a\nb\r\nc\rd'])).toEqual([
      { rowNumber: 1, fields: ['a'] },
      { rowNumber: 2, fields: ['b'] },
      { rowNumber: 3, fields: ['c'] },
      { rowNumber: 4, fields: ['d'] },
    ]);
  });

  it('counts line breaks inside quoted fields when numbering rows', async () => {
    const records = await readAll(['h\n"one\ntwo\nthree"\nnext\n']);
    expect(records.map((r) => r.rowNumber)).toEqual([1, 2, 5]);
  });

  it('keeps an empty quoted field and a doubled quote split across chunks', async () => {
    expect(await readAll(['a,"",b\n"x"', '"y"\n'])).toEqual([
      { rowNumber: 1, fields: ['a', '', 'b'] },
      { rowNumber: 2, fields: ['x"y'] },
    ]);
  });

  it('reports a quoted field that is never closed, with the row where it starts', async () => {
    await expect(readAll(['a,b\nc,"open\n', 'still open'])).rejects.toThrow(CsvFormatError);
    await expect(readAll(['a,b\nc,"open\n', 'still open'])).rejects.toThrow(/row 2: a quoted field is not closed/);
  });

  it('refuses bytes that are not UTF-8, naming the row being read', async () => {
    const latin1 = Uint8Array.from([...bytes('a,b\nc,'), 0xe9, ...bytes('t\n')]);
    await expect(readAll([latin1])).rejects.toThrow(CsvEncodingError);
    await expect(readAll([latin1])).rejects.toThrow(/row 2: the text is not valid UTF-8/);
  });

  it('yields nothing for an empty input', async () => {
    expect(await readAll([])).toEqual([]);
    expect(await readAll([new Uint8Array(0)])).toEqual([]);
  });
});
