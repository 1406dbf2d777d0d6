// RFC 4180 CSV reading shared by every importer. Rows keep their 1-based line number in the file so
// that validation messages can name the row a person sees in a spreadsheet program.
//
// One state machine (CsvRecordParser) reads text pushed to it in pieces of any size, so the same
// quoting rules serve a whole file in memory (csvRecords, parseCsv) and a file streamed chunk by
// chunk (csv-stream.ts), where a quoted field, a CRLF or a character may be split between chunks.

export interface CsvRow {
  /** 1-based row number in the file, counting the header as row 1. */
  rowNumber: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export interface CsvRecord {
  /** The line on which the record starts (quoted line breaks count as lines). */
  rowNumber: number;
  fields: string[];
}

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly rowNumber: number,
    readonly column?: string,
  ) {
    super(column ? `row ${rowNumber}, column "${column}": ${message}` : `row ${rowNumber}: ${message}`);
    this.name = 'CsvFormatError';
  }
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const BOM = 0xfeff;

const enum State {
  /** At the start of a field: a quote here opens a quoted field. */
  FieldStart,
  Unquoted,
  Quoted,
  /** Just after a quote inside a quoted field: a doubled quote, or the closing one. */
  QuoteInQuoted,
}

/**
 * Splits CSV text into records, honouring quotes, doubled quotes, CRLF and a leading byte order
 * mark. Feed it with push() as often as needed, then end(). Empty lines are skipped but counted.
 */
export class CsvRecordParser {
  private state = State.FieldStart;
  private fields: string[] = [];
  /** Text of the current field read so far (from earlier chunks, or unescaped quoted text). */
  private partial = '';
  private line = 1;
  private recordStart = 1;
  /** The previous chunk ended with CR: a LF at the start of the next one belongs to it. */
  private isAfterCr = false;
  private isFirstChunk = true;

  /** The line the parser has reached: where a record being read started. */
  get currentRow(): number {
    return this.recordStart;
  }

  /** Parses `text` and appends every record it completes to `out`. */
  push(text: string, out: CsvRecord[]): void {
    const n = text.length;
    let i = 0;
    if (this.isFirstChunk && n > 0) {
      this.isFirstChunk = false;
      if (text.charCodeAt(0) === BOM) i = 1; // written by spreadsheet programs
    }
    if (this.isAfterCr && i < n) {
      this.isAfterCr = false;
      if (text.charCodeAt(i) === LF) i++;
    }
    while (i < n) {
      if (this.state === State.FieldStart) {
        if (text.charCodeAt(i) === QUOTE) {
          this.state = State.Quoted;
          i++;
          continue;
        }
        this.state = State.Unquoted;
      }
      if (this.state === State.Unquoted) {
        // Fast path: find the end of the field and take it with one slice.
        let j = i;
        let c = 0;
        for (; j < n; j++) {
          c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
        }
        if (j === n) {
          this.partial += text.slice(i, n);
          return;
        }
        this.fields.push(this.partial === '' ? text.slice(i, j) : this.partial + text.slice(i, j));
        this.partial = '';
        i = c === COMMA ? this.afterComma(j) : this.afterLineBreak(text, j, out);
        continue;
      }
      if (this.state === State.Quoted) {
        const close = text.indexOf('"', i);
        const end = close === -1 ? n : close;
        for (let k = text.indexOf('\n', i); k !== -1 && k < end; k = text.indexOf('\n', k + 1)) this.line++;
        this.partial += text.slice(i, end);
        if (close === -1) return;
        this.state = State.QuoteInQuoted;
        i = close + 1;
        continue;
      }
      // QuoteInQuoted
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.partial += '"';
        this.state = State.Quoted;
        i++;
      } else if (c === COMMA || c === LF || c === CR) {
        this.fields.push(this.partial);
        this.partial = '';
        i = c === COMMA ? this.afterComma(i) : this.afterLineBreak(text, i, out);
      } else {
        // Text after the closing quote is kept as it is, the way spreadsheet programs read it.
        this.state = State.Unquoted;
      }
    }
  }

  /** Completes the last record; throws when a quoted field is never closed. */
  end(out: CsvRecord[]): void {
    if (this.state === State.Quoted) throw new CsvFormatError('a quoted field is not closed', this.recordStart);
    if (this.partial !== '' || this.fields.length > 0) {
      this.fields.push(this.partial);
      out.push({ rowNumber: this.recordStart, fields: this.fields });
    }
    this.fields = [];
    this.partial = '';
    this.state = State.FieldStart;
  }

  private afterComma(commaAt: number): number {
    this.state = State.FieldStart;
    return commaAt + 1;
  }

  /** Ends the record at the line break at `at`; returns where the next record starts. */
  private afterLineBreak(text: string, at: number, out: CsvRecord[]): number {
    const fields = this.fields;
    if (!(fields.length === 1 && fields[0] === '')) out.push({ rowNumber: this.recordStart, fields });
    this.fields = [];
    this.state = State.FieldStart;
    this.line++;
    this.recordStart = this.line;
    let next = at + 1;
    if (text.charCodeAt(at) === CR) {
      if (next < text.length) {
        if (text.charCodeAt(next) === LF) next++;
      } else this.isAfterCr = true;
    }
    return next;
  }
}

/** Text is fed to the parser in slices of this size, so records are yielded as they are read. */
const SLICE = 1 << 16;

/** Splits CSV text into records of fields, honouring quotes, doubled quotes and CRLF. */
export function* csvRecords(text: string): Generator<CsvRecord> {
  const parser = new CsvRecordParser();
  const out: CsvRecord[] = [];
  for (let start = 0; start < text.length; start += SLICE) {
    parser.push(text.slice(start, start + SLICE), out);
    yield* out;
    out.length = 0;
  }
  parser.end(out);
  yield* out;
}

/** Trims the header's names and checks that none is empty or repeated, and that required ones are there. */
export function checkCsvHeader(fields: readonly string[], requiredColumns: readonly string[] = []): string[] {
  const header = fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') throw new CsvFormatError('the header has an empty column name', 1);
    if (seen.has(name)) throw new CsvFormatError(`the header repeats the column "${name}"`, 1, name);
    seen.add(name);
  }
  for (const required of requiredColumns) {
    if (!seen.has(required)) throw new CsvFormatError(`the header lacks the column "${required}"`, 1, required);
  }
  return header;
}

/**
 * Parses CSV text with a header row. Header names are trimmed; every record must have as many
 * fields as the header.
 */
export function parseCsv(text: string, options: { requiredColumns?: string[] } = {}): CsvTable {
  const records = csvRecords(text);
  const first = records.next();
  if (first.done) throw new CsvFormatError('the file is empty: a header row is expected', 1);
  const header = checkCsvHeader(first.value.fields, options.requiredColumns);
  const rows: CsvRow[] = [];
  for (const { rowNumber, fields } of records) {
    if (fields.length !== header.length) {
      throw new CsvFormatError(`expected ${header.length} fields, found ${fields.length}`, rowNumber);
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = fields[i] ?? ''));
    rows.push({ rowNumber, values });
  }
  return { header, rows };
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A number written with a dot or a comma as decimal separator, spaces grouping thousands, as plain
 * decimal text ("1 234,5" gives "1234.5"), or null. Keeps every digit as written, for exact storage.
 */
export function decimalText(raw: string): string | null {
  if (isPlainDecimal(raw)) return raw; // the common case, checked without regular expressions
  const cleaned = raw.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  return cleaned !== '' && DECIMAL.test(cleaned) ? cleaned : null;
}

/** Digits with at most one dot and an optional leading minus: what DECIMAL accepts, minus the rest. */
function isPlainDecimal(text: string): boolean {
  const n = text.length;
  let i = n > 1 && text.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let hasDot = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !hasDot) hasDot = true;
    else return false;
  }
  return digits > 0;
}

/** Parses a number written with a dot or a comma as decimal separator; spaces group thousands. */
export function parseDecimal(raw: string): number | null {
  const text = decimalText(raw);
  return text === null ? null : Number(text);
}

/** Quotes a value for CSV output where needed. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
