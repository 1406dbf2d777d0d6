// Where each file of a ZIP archive lies in it, from the archive's central directory, so that a
// streaming reader can be handed an archive's files in the order it needs them (an XLSX workbook
// stores its worksheets before the shared strings they refer to).
import { open, type FileHandle } from 'node:fs/promises';

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

/** One file of the archive: its local record (header, data and data descriptor) is bytes [start, end). */
export interface ZipRecord {
  name: string;
  start: number;
  end: number;
}

export interface ZipLayout {
  /** The archive's size when its directory was read. */
  size: number;
  /** In the order of the archive. */
  records: ZipRecord[];
}

const END_SIGNATURE = 0x06054b50;
const END_LENGTH = 22;
const END64_LOCATOR_SIGNATURE = 0x07064b50;
const END64_SIGNATURE = 0x06064b50;
const DIRECTORY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** An XLSX workbook has tens of files; a directory this large is not one. */
const MAX_DIRECTORY_BYTES = 16 << 20;

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw new ZipFormatError('the archive is truncated');
    done += bytesRead;
  }
  return buffer;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('an offset of the archive is out of range');
  return Number(value);
}

/** The central directory's place, from the end record (ZIP64 or not). */
async function findDirectory(file: FileHandle, size: number): Promise<{ offset: number; length: number }> {
  const tailLength = Math.min(size, END_LENGTH + MAX_COMMENT);
  const tail = await readAt(file, size - tailLength, tailLength);
  let end = -1;
  for (let i = tailLength - END_LENGTH; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_SIGNATURE && i + END_LENGTH + tail.readUInt16LE(i + 20) <= tailLength) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('it is not a ZIP archive');
  const length = tail.readUInt32LE(end + 12);
  const offset = tail.readUInt32LE(end + 16);
  if (length !== 0xffffffff && offset !== 0xffffffff) return { offset, length };
  const locator = end - 20;
  if (locator < 0 || tail.readUInt32LE(locator) !== END64_LOCATOR_SIGNATURE) throw new ZipFormatError('its ZIP64 end record is missing');
  const end64 = await readAt(file, safeNumber(tail.readBigUInt64LE(locator + 8)), 56);
  if (end64.readUInt32LE(0) !== END64_SIGNATURE) throw new ZipFormatError('its ZIP64 end record is damaged');
  return { offset: safeNumber(end64.readBigUInt64LE(48)), length: safeNumber(end64.readBigUInt64LE(40)) };
}

/** The offset of a local record, from the ZIP64 extra field when the directory entry says 0xffffffff. */
function zip64Offset(directory: Buffer, at: number, extraStart: number, extraEnd: number): number {
  for (let p = extraStart; p + 4 <= extraEnd; ) {
    const id = directory.readUInt16LE(p);
    const length = directory.readUInt16LE(p + 2);
    if (id === 0x0001) {
      // The 64-bit values present are, in order: uncompressed size, compressed size, offset.
      let q = p + 4;
      if (directory.readUInt32LE(at + 24) === 0xffffffff) q += 8;
      if (directory.readUInt32LE(at + 20) === 0xffffffff) q += 8;
      if (q + 8 > p + 4 + length) break;
      return safeNumber(directory.readBigUInt64LE(q));
    }
    p += 4 + length;
  }
  throw new ZipFormatError('a ZIP64 offset is missing');
}

/** The files of the ZIP archive at `path`, with the byte range of each. */
export async function readZipLayout(path: string): Promise<ZipLayout> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const { offset, length } = await findDirectory(file, size);
    if (offset + length > size) throw new ZipFormatError('its directory lies outside the file');
    if (length > MAX_DIRECTORY_BYTES) throw new ZipFormatError('its directory is too large');
    const directory = await readAt(file, offset, length);
    const records: ZipRecord[] = [];
    for (let at = 0; at < length; ) {
      if (at + 46 > length || directory.readUInt32LE(at) !== DIRECTORY_SIGNATURE) throw new ZipFormatError('its directory is damaged');
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const nameEnd = at + 46 + nameLength;
      const next = nameEnd + extraLength + commentLength;
      if (next > length) throw new ZipFormatError('its directory is damaged');
      const start32 = directory.readUInt32LE(at + 42);
      const start = start32 === 0xffffffff ? zip64Offset(directory, at, nameEnd, nameEnd + extraLength) : start32;
      records.push({ name: directory.toString('utf8', at + 46, nameEnd), start, end: offset });
      at = next;
    }
    records.sort((a, b) => a.start - b.start);
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      record.end = records[i + 1]?.start ?? offset;
      if (record.end <= record.start) throw new ZipFormatError(`its directory places ${record.name} wrongly`);
    }
    return { size, records };
  } finally {
    await file.close();
  }
}

/** The local record of an empty file stored as is, named `name`. */
export function emptyZipRecord(name: string): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(10, 4); // version needed: 1.0, stored
  // flags, method (stored), time, date, CRC-32, sizes: all 0 for an empty file
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes]);
}

/** An end record for an archive of no files: a streaming reader stops at it. */
export function zipEndRecord(): Buffer {
  const record = Buffer.alloc(END_LENGTH);
  record.writeUInt32LE(END_SIGNATURE, 0);
  return record;
}
