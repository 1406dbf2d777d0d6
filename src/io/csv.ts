// RFC 4180 CSV reading shared by every importer. Rows keep their 1-based line number in the file so
// that validation messages can name the row a person sees in a spreadsheet program.

export interface CsvRow {
  /** 1-based row number in the file, counting the header as row 1. */
  rowNumber: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
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

/** Splits CSV text into records of fields, honouring quotes, doubled quotes and CRLF. */
export function* csvRecords(text: string): Generator<{ rowNumber: number; fields: string[] }> {
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let row = 1;
  let recordStart = 1;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte order mark written by spreadsheet programs
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') row++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') inQuotes = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) yield { rowNumber: recordStart, fields };
      fields = [];
      field = '';
      row++;
      recordStart = row;
    } else field += ch;
  }
  if (inQuotes) throw new CsvFormatError('a quoted field is not closed', recordStart);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { rowNumber: recordStart, fields };
  }
}

/**
 * Parses CSV text with a header row. Header names are trimmed; every record must have as many
 * fields as the header.
 */
export function parseCsv(text: string, options: { requiredColumns?: string[] } = {}): CsvTable {
  const records = csvRecords(text);
  const first = records.next();
  if (first.done) throw new CsvFormatError('the file is empty: a header row is expected', 1);
  const header = first.value.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') throw new CsvFormatError('the header has an empty column name', 1);
    if (seen.has(name)) throw new CsvFormatError(`the header repeats the column "${name}"`, 1, name);
    seen.add(name);
  }
  for (const required of options.requiredColumns ?? []) {
    if (!seen.has(required)) throw new CsvFormatError(`the header lacks the column "${required}"`, 1, required);
  }
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

/** Parses a number written with a dot or a comma as decimal separator; spaces group thousands. */
export function parseDecimal(raw: string): number | null {
  const cleaned = raw.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Quotes a value for CSV output where needed. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
