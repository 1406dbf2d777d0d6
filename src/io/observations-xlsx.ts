// Reads the first worksheet of an observations XLSX workbook with exceljs's streaming reader, so a
// large workbook is never held in memory whole. The header is row 1, as in the CSV form.
//
// Spreadsheet programs turn typed text into numbers and dates: a number cell is read as the
// shortest text of the number (125.4), a date cell as YYYY-MM-DD in the release_date column and as
// YYYY-MM in the period column (typing 2023-01 into a cell gives 1 January 2023).
//
// exceljs reads a worksheet only after the shared strings, which Excel and exceljs store after the
// worksheets. Left to itself, exceljs then copies each worksheet, inflated, to a temporary file and
// removes the copy on its own schedule: the copy of a worksheet that was skipped could be removed
// before exceljs opened it (an uncaught ENOENT), and a read stopped early left copies and open files
// behind. So exceljs is handed the archive's files in the order it needs, each as stored: the file
// is read once, in order, every byte hashed, and worksheets met before the workbook files are kept,
// compressed, in a temporary file of this reader's own, removed when reading ends, however it ends.
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { COLUMN } from './observations-format';
import { isBlankRow, mapHeader, rowCells, type ColumnMap, type RawObservationRow } from './observations-header';
import type { ReportProblem } from './observations-row';
import { emptyZipRecord, readZipLayout, ZipFormatError, zipEndRecord, type ZipLayout, type ZipRecord } from './zip-records';

const BATCH_ROWS = 1000;
const CHUNK_BYTES = 1 << 20;
/** The files exceljs reads before worksheets. */
const WORKBOOK_FILES = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
const REQUIRED_FILES = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml'];
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/** A failure inside exceljs (a damaged archive, XML or cell), as opposed to one of its caller's. */
class XlsxParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxParseError';
  }
}

function dateText(date: Date, position: number): string {
  const iso = date.toISOString();
  return position === COLUMN.period ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** The text of a cell as a person sees it; formulas give their cached result. */
export function xlsxCellText(value: unknown, position: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value, position);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown; formula?: unknown; sharedFormula?: unknown };
    if ('formula' in v || 'sharedFormula' in v) return xlsxCellText(v.result, position);
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if (v.text !== undefined) return xlsxCellText(v.text, position); // hyperlink
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}

/** Cells of a row (exceljs gives a 1-based sparse array) as `width` texts. */
function fieldsOf(values: unknown, width: number, positionOf: (i: number) => number): string[] {
  const cells = Array.isArray(values) ? values : [];
  const fields = new Array<string>(width);
  for (let i = 0; i < width; i++) fields[i] = xlsxCellText(cells[i + 1], positionOf(i));
  return fields;
}

interface Part extends ZipRecord {
  isWorksheet: boolean;
  /** A worksheet stored before a workbook file: kept aside until the whole file has been read. */
  isKept: boolean;
}

interface WorkbookPlan {
  size: number;
  /** The records handed to exceljs, in the order of the file. */
  parts: Part[];
  hasSharedStrings: boolean;
}

function planWorkbook({ size, records }: ZipLayout): WorkbookPlan {
  const names = new Set(records.map((record) => record.name));
  for (const name of REQUIRED_FILES) if (!names.has(name)) throw new ZipFormatError(`it has no ${name}`);
  const workbookFilesEnd = Math.max(...records.filter((r) => WORKBOOK_FILES.includes(r.name)).map((r) => r.end));
  const parts: Part[] = [];
  for (const record of records) {
    const isWorksheet = WORKSHEET.test(record.name);
    if (!isWorksheet && !WORKBOOK_FILES.includes(record.name)) continue;
    parts.push({ ...record, isWorksheet, isKept: isWorksheet && record.start < workbookFilesEnd });
  }
  return { size, parts, hasSharedStrings: names.has(SHARED_STRINGS) };
}

/**
 * The archive as exceljs needs it: the workbook files, then the worksheets, then an end record.
 * The file is read once, in order, and every byte is handed to `onBytes`. Once `isDone()`, no
 * further worksheet is handed on (checked where each begins, so exceljs never gets half a file).
 */
async function* workbookBytes(
  path: string,
  plan: WorkbookPlan,
  onBytes: (chunk: Uint8Array) => void,
  signal: AbortSignal,
  isDone: () => boolean,
): AsyncGenerator<Buffer> {
  // Without shared strings exceljs would copy every worksheet aside: it is given empty ones.
  if (!plan.hasSharedStrings) yield emptyZipRecord(SHARED_STRINGS);
  let keptFolder: string | null = null;
  let kept: FileHandle | null = null;
  const keptLengths: number[] = [];
  try {
    let position = 0;
    let index = 0;
    let isSkipped = false;
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES, signal })) {
      const bytes = chunk as Buffer;
      onBytes(bytes);
      const chunkEnd = position + bytes.length;
      for (let part = plan.parts[index]; part && part.start < chunkEnd; part = plan.parts[index]) {
        const from = Math.max(part.start, position);
        const to = Math.min(part.end, chunkEnd);
        if (from === part.start) {
          isSkipped = part.isWorksheet && isDone();
          if (part.isKept && !isSkipped) keptLengths.push(0);
        }
        if (!isSkipped && to > from) {
          const piece = bytes.subarray(from - position, to - position);
          if (part.isKept) {
            if (!kept) {
              keptFolder = await mkdtemp(join(tmpdir(), 'zhospar-xlsx-'));
              kept = await open(join(keptFolder, 'worksheets'), 'w+');
            }
            await kept.write(piece);
            keptLengths[keptLengths.length - 1]! += piece.length;
          } else {
            yield piece;
          }
        }
        if (part.end > chunkEnd) break;
        index++;
      }
      position = chunkEnd;
    }
    if (position !== plan.size) throw new ZipFormatError('the file changed while it was read');
    let keptStart = 0;
    for (const length of keptLengths) {
      if (isDone()) break;
      for (let done = 0; done < length; ) {
        signal.throwIfAborted();
        const buffer = Buffer.alloc(Math.min(CHUNK_BYTES, length - done));
        const { bytesRead } = await kept!.read(buffer, 0, buffer.length, keptStart + done);
        if (bytesRead === 0) throw new ZipFormatError('a worksheet kept aside is truncated');
        done += bytesRead;
        yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
      }
      keptStart += length;
    }
    yield zipEndRecord();
  } finally {
    await kept?.close();
    if (keptFolder) await rm(keptFolder, { recursive: true, force: true });
  }
}

/**
 * Steps of exceljs's iterators, failing when the input fails. exceljs pipes its input into an unzip
 * parser and listens to neither for errors: a step would wait forever for bytes that will not come
 * (the file could not be read) or for the end of a file that failed to inflate.
 */
class Steps {
  private failure: { error: unknown } | null = null;
  private rejectStep: ((error: unknown) => void) | null = null;

  readonly fail = (error: unknown): void => {
    if (this.failure) return;
    this.failure = { error };
    this.rejectStep?.(error);
  };

  /** exceljs's own errors become XlsxParseError; the input's pass as they are. */
  next<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
    if (this.failure) return Promise.reject(this.failure.error);
    return new Promise((resolve, reject) => {
      this.rejectStep = reject;
      iterator.next().then(resolve, (error: unknown) => reject(new XlsxParseError(error instanceof Error ? error.message : String(error))));
    });
  }
}

function unreadable(error: Error) {
  return { row: 1, column: null, message: `the file is not a readable XLSX workbook (${error.message})` };
}

/**
 * Yields the data rows of the first worksheet. Problems of the file's shape are reported; a file
 * that is not a workbook is one problem, and reading stops.
 */
export async function* readObservationXlsx(
  path: string,
  onBytes: (chunk: Uint8Array) => void,
  report: ReportProblem,
): AsyncGenerator<RawObservationRow[]> {
  let plan: WorkbookPlan;
  try {
    plan = planWorkbook(await readZipLayout(path));
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    report(unreadable(error));
    // The report still gives the file's SHA-256.
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) onBytes(chunk as Buffer);
    return;
  }
  const abort = new AbortController();
  let isSheetRead = false;
  const input = Readable.from(workbookBytes(path, plan, onBytes, abort.signal, () => isSheetRead));
  const closed = new Promise<void>((resolve) => input.once('close', resolve));
  const steps = new Steps();
  input.on('error', steps.fail);
  const pipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    destination.on('error', (error: Error) => steps.fail(new XlsxParseError(error.message)));
    return pipe(destination, options);
  };
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // needed to tell date cells from numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const worksheets = workbook[Symbol.asyncIterator]();
  let isSheetFound = false;
  try {
    for (let step = await steps.next(worksheets); !step.done; step = await steps.next(worksheets)) {
      // The first sheet is the workbook's first tab, wherever the archive stores it.
      const firstName = (workbook as unknown as { model?: { sheets?: { name?: string }[] } }).model?.sheets?.[0]?.name;
      const name = (step.value as unknown as { name?: string }).name;
      if (firstName !== undefined && name !== firstName) continue; // exceljs skips it unread
      isSheetFound = true;
      yield* rowsOf(step.value[Symbol.asyncIterator](), steps, report);
      break;
    }
    // exceljs needs no more of the file; the rest is read only to be hashed.
    isSheetRead = true;
    input.unpipe();
    for await (const _chunk of input) {
      // hashed as it is read
    }
  } catch (error) {
    if (!(error instanceof XlsxParseError || error instanceof ZipFormatError)) throw error;
    report(unreadable(error));
    return;
  } finally {
    // However reading ended (the caller may stop early), no stream or kept file outlives it.
    abort.abort();
    input.destroy();
    await closed;
  }
  if (!isSheetFound) report({ row: 1, column: null, message: 'the workbook has no worksheet' });
}

async function* rowsOf(rows: AsyncIterator<ExcelJS.Row>, steps: Steps, report: ReportProblem): AsyncGenerator<RawObservationRow[]> {
  let columns: ColumnMap | null = null;
  /** For each column of the file, its column in the format (-1 for extra columns). */
  let formatColumnAt: number[] = [];
  let batch: RawObservationRow[] = [];
  for (let step = await steps.next(rows); !step.done; step = await steps.next(rows)) {
    const row = step.value;
    const rowNumber = row.number;
    if (!columns) {
      if (rowNumber !== 1) {
        report({ row: 1, column: null, message: 'the header must be in row 1 of the first worksheet' });
        return;
      }
      const values = Array.isArray(row.values) ? row.values : [];
      columns = mapHeader(fieldsOf(values, Math.max(0, values.length - 1), () => -1), report);
      if (!columns) return;
      const map = columns;
      formatColumnAt = Array.from({ length: map.width }, (_, i) => map.positions.indexOf(i));
      continue;
    }
    const fields = fieldsOf(row.values, columns.width, (i) => formatColumnAt[i] ?? -1);
    if (isBlankRow(fields)) continue;
    const cells = rowCells(columns, rowNumber, fields, report);
    if (cells) batch.push({ rowNumber, cells });
    if (batch.length >= BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (!columns) report({ row: 1, column: null, message: 'the first worksheet is empty: a header row is expected' });
  if (batch.length > 0) yield batch;
}
