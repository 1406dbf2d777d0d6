// Builds small uncompressed ZIP archives for tests: a minimal DOCX or XLSX, or any list of entries.
// CRCs are left at zero: nothing here inflates or checks them.

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

export function buildZip(entries: ReadonlyArray<{ name: string; content?: string }>): Uint8Array {
  const encoder = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    const name = Array.from(encoder.encode(entry.name));
    const data = Array.from(encoder.encode(entry.content ?? ''));
    const offset = local.length;
    local.push(...u32(0x04034b50), ...u16(20), ...u16(0x0800), ...u16(0), ...u16(0), ...u16(0), ...u32(0));
    local.push(...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...name, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0x0800), ...u16(0), ...u16(0), ...u16(0), ...u32(0));
    central.push(...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
    central.push(...u32(0), ...u32(offset), ...name);
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length)];
  end.push(...u32(central.length), ...u32(local.length), ...u16(0));
  return Uint8Array.from([...local, ...central, ...end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export function minimalDocx(): Uint8Array {
  return buildZip([{ name: '[Content_Types].xml', content: CONTENT_TYPES }, { name: '_rels/.rels' }, { name: 'word/document.xml', content: '<w:document/>' }]);
}

export function minimalXlsx(): Uint8Array {
  return buildZip([{ name: '[Content_Types].xml', content: CONTENT_TYPES }, { name: 'xl/workbook.xml', content: '<workbook/>' }]);
}

export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
export const JPEG_BYTES = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
export const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** The start of a Windows executable ("MZ" header). */
export const EXE_BYTES = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);
