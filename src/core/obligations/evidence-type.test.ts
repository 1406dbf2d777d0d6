import { describe, expect, it } from 'vitest';
import { detectEvidenceKind } from './evidence-type';
import { attachmentDisposition, sanitizeFileName } from './file-name';
import { zipEntryNames } from './zip-entries';
import { buildZip, EXE_BYTES, JPEG_BYTES, minimalDocx, minimalXlsx, PDF_BYTES, PNG_BYTES } from './zip.fixture';

describe('evidence type from content', () => {
  it('recognises the five kinds by their magic bytes and ZIP entries', () => {
    expect(detectEvidenceKind(PDF_BYTES)).toBe('pdf');
    expect(detectEvidenceKind(PNG_BYTES)).toBe('png');
    expect(detectEvidenceKind(JPEG_BYTES)).toBe('jpeg');
    expect(detectEvidenceKind(minimalDocx())).toBe('docx');
    expect(detectEvidenceKind(minimalXlsx())).toBe('xlsx');
  });

  it('refuses executables, plain ZIPs, archives claiming to be both documents, and truncated files', () => {
    expect(detectEvidenceKind(EXE_BYTES)).toBeNull();
    expect(detectEvidenceKind(new Uint8Array())).toBeNull();
    expect(detectEvidenceKind(buildZip([{ name: 'word/document.xml' }]))).toBeNull();
    expect(detectEvidenceKind(buildZip([{ name: '[Content_Types].xml' }, { name: 'word/a' }, { name: 'xl/b' }]))).toBeNull();
    const docx = minimalDocx();
    expect(detectEvidenceKind(docx.subarray(0, docx.length - 5))).toBeNull();
  });

  it('reads entry names from the central directory only', () => {
    expect(zipEntryNames(buildZip([{ name: 'a.txt', content: 'x' }, { name: 'папка/б.xml' }]))).toEqual(['a.txt', 'папка/б.xml']);
    expect(zipEntryNames(PDF_BYTES)).toBeNull();
  });
});

describe('file names', () => {
  const cases: Array<[string, Parameters<typeof sanitizeFileName>[1], string]> = [
    ['Отчёт за I квартал 2025.pdf', 'pdf', 'Отчёт за I квартал 2025.pdf'],
    ['C:\\Users\\a\\Есеп.docx', 'docx', 'Есеп.docx'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['scan.pdf', 'png', 'scan.png'],
    ['photo.JPEG', 'jpeg', 'photo.jpeg'],
    ['report.v2', 'xlsx', 'report.v2.xlsx'],
    ['invoice\u202Efdp.exe', 'pdf', 'invoicefdp.exe.pdf'],
    ['a\u0000b\nc.pdf', 'pdf', 'abc.pdf'],
    ['what?<>.pdf', 'pdf', 'what___.pdf'],
    ['   ', 'pdf', 'file.pdf'],
    ['...pdf', 'pdf', 'pdf.pdf'],
    ['CON.pdf', 'pdf', '_CON.pdf'],
  ];
  it.each(cases)('%j as %s -> %j', (raw, kind, expected) => {
    expect(sanitizeFileName(raw, kind)).toBe(expected);
  });

  it('bounds the length and keeps the extension', () => {
    const name = sanitizeFileName(`${'ж'.repeat(500)}.pdf`, 'pdf');
    expect(name.endsWith('.pdf')).toBe(true);
    expect(Array.from(name).length).toBe(184);
  });

  it('writes an ASCII fallback and the exact UTF-8 name into Content-Disposition', () => {
    expect(attachmentDisposition('Есеп "1".pdf')).toBe(
      `attachment; filename="____ _1_.pdf"; filename*=UTF-8''%D0%95%D1%81%D0%B5%D0%BF%20%221%22.pdf`,
    );
  });
});
