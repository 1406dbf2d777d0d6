// Streaming CSV: records from a byte stream read chunk by chunk, with the quoting rules of csv.ts
// (the same state machine), so that a file of any size is read in bounded memory. Records come out
// in batches, one per chunk, because a million awaits cost more than the parsing itself.
import { CsvFormatError, CsvRecordParser, type CsvRecord } from './csv';

export class CsvEncodingError extends CsvFormatError {
  constructor(rowNumber: number) {
    super('the text is not valid UTF-8: save the file as "CSV UTF-8"', rowNumber);
    this.name = 'CsvEncodingError';
  }
}

/**
 * Reads CSV records from chunks of UTF-8 bytes (or text). A multi-byte character split between two
 * chunks is joined; bytes that are not UTF-8 raise CsvEncodingError naming the row being read.
 */
export async function* csvRecordBatches(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvRecordParser();
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else {
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        // Parse up to the bad bytes so that the error names the row they are on.
        const valid = new TextDecoder('utf-8', { ignoreBOM: true }).decode(chunk.subarray(0, validUtf8Prefix(chunk)));
        parser.push(valid, []);
        throw new CsvEncodingError(parser.currentRow);
      }
    }
    const out: CsvRecord[] = [];
    parser.push(text, out);
    if (out.length > 0) yield out;
  }
  const out: CsvRecord[] = [];
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw new CsvEncodingError(parser.currentRow);
  }
  parser.push(rest, out);
  parser.end(out);
  if (out.length > 0) yield out;
}

/** Length of the leading part of `bytes` made of whole UTF-8 characters (roughly: for locating errors). */
function validUtf8Prefix(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && i < 3 && (bytes[i]! & 0xc0) === 0x80) i++; // the tail of a character begun earlier
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : (b & 0xe0) === 0xc0 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.length) return i;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return i;
}
