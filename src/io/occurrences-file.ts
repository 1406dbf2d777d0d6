// The occurrences of a schedule set by hand, as the command line takes them: a CSV file with the
// columns `period` (optional) and `due`, or `--occurrence PERIOD=DUE` options. Only the shape is
// read here; the values are checked by the API's own schema (contracts), so that both paths refuse
// the same things.
import { CsvFormatError, parseCsv } from './csv';

export interface OccurrenceLine {
  /** Where the occurrence was given, for messages: `row 3` or `--occurrence 2025-Q1=2025-04-10`. */
  source: string;
  /** Left out (empty) when the due date is the period, as the API allows. */
  period?: string;
  due: string;
}

export class OccurrenceInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OccurrenceInputError';
  }
}

/** A CSV file with a header row naming `due` and, optionally, `period`; other columns are ignored. */
export function parseOccurrencesCsv(text: string): OccurrenceLine[] {
  let table;
  try {
    table = parseCsv(text, { requiredColumns: ['due'] });
  } catch (error) {
    if (error instanceof CsvFormatError) throw new OccurrenceInputError(`${error.message} (the file needs a header row "period,due")`);
    throw error;
  }
  const lines = table.rows.map(({ rowNumber, values }) => {
    const period = values.period?.trim() ?? '';
    return { source: `row ${rowNumber}`, due: (values.due ?? '').trim(), ...(period ? { period } : {}) };
  });
  if (lines.length === 0) throw new OccurrenceInputError('the file has a header but no occurrences');
  return lines;
}

/** `2025-Q1=2025-04-10`, or a due date alone (`2025-04-10`) that is also its period. */
export function parseOccurrenceOption(value: string): OccurrenceLine {
  const source = `--occurrence ${value}`;
  const parts = value.split('=');
  if (parts.length > 2) throw new OccurrenceInputError(`${source}: write PERIOD=DUE, e.g. 2025-Q1=2025-04-10`);
  const [first = '', second] = parts.map((part) => part.trim());
  if (second === undefined) return { source, due: first };
  if (first === '' || second === '') throw new OccurrenceInputError(`${source}: write PERIOD=DUE, e.g. 2025-Q1=2025-04-10`);
  return { source, period: first, due: second };
}
