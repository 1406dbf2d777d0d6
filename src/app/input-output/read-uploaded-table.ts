// Turns an uploaded file into a validated table and its model, telling CSV from XLSX by the content
// (a ZIP signature) rather than trusting the name, and refusing what neither reader can take with a
// sentence that says what to do (re-save as UTF-8 CSV or as XLSX).
import { IoTableValidationError, parseIoTableCsv, parseIoTableXlsx, type ImportedIoTable } from '../../io/io-table-file';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: the Excel 97-2003 .xls format. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function refuse(message: string): never {
  throw new IoTableValidationError([{ message }]);
}

export async function readUploadedTable(fileName: string, bytes: Uint8Array, options: { balanceTolerance?: number }): Promise<ImportedIoTable> {
  if (bytes.length === 0) refuse('the file is empty');
  if (startsWith(bytes, ZIP_SIGNATURE)) return parseIoTableXlsx(bytes, options);
  if (startsWith(bytes, CFB_SIGNATURE)) refuse('the file is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV');
  if (/\.xlsx$/i.test(fileName)) refuse('the file is named .xlsx but is not an XLSX workbook');
  if (bytes.includes(0)) refuse('the file is neither CSV text nor an XLSX workbook');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Spreadsheets in Russian and Kazakh locales often save CSV as Windows-1251.
    return refuse('the file is not UTF-8 text: save the CSV with the UTF-8 encoding');
  }
  return parseIoTableCsv(text, options);
}
