// Reads the names of the entries of a ZIP archive from its central directory (the index at the end
// of the file), without inflating anything: enough to tell a DOCX from an XLSX from any other ZIP.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** More entries than any office document has; stops a crafted count from looping long. */
const MAX_ENTRIES = 10_000;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number | null {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(bytes, at + 20) === bytes.length) return at;
  }
  return null;
}

/** The entry names, or null when the bytes are not a well-formed (non-ZIP64) archive. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < EOCD_SIZE || u32(bytes, 0) !== 0x04034b50) return null;
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd === null) return null;
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  // 0xffff / 0xffffffff mean ZIP64, which no evidence file within the size limit needs.
  if (count === 0xffff || offset === 0xffffffff || count > MAX_ENTRIES || offset + size > eocd) return null;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL_HEADER_SIGNATURE) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > eocd) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
