// The ZIP directory reader on archives as spreadsheet programs write them (exceljs), on small
// hand-built ones, on ZIP64 ones, and on files that are damaged or not ZIP at all.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildZip } from '../core/obligations/zip.fixture';
import { emptyZipRecord, readZipLayout, zipEndRecord, ZipFormatError } from './zip-records';

const folder = mkdtempSync(join(tmpdir(), 'zhospar-zip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let counter = 0;
function fileOf(bytes: Uint8Array): string {
  const path = join(folder, `archive-${++counter}.zip`);
  writeFileSync(path, bytes);
  return path;
}

const LOCAL_SIGNATURE = 0x04034b50;

/** The same archive with ZIP64 end records and the directory's offsets moved into ZIP64 extra fields. */
function asZip64(entries: ReadonlyArray<{ name: string; content: string }>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = Buffer.from(entry.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const extra = Buffer.alloc(12);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeBigUInt64LE(BigInt(offset), 4);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(0xffffffff, 42);
    directory.push(header, name, extra);
    offset += 30 + name.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(directoryBytes.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directoryBytes.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, directoryBytes, end64, locator, end]);
}

describe('readZipLayout', () => {
  it('finds every file of a workbook written by a spreadsheet library, each range starting at its local record', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('observations');
    sheet.addRow(['series', 'period', 'value']);
    for (let i = 0; i < 200; i++) sheet.addRow([`S${i % 7}`, `2024-${String((i % 12) + 1).padStart(2, '0')}`, i * 1.5]);
    const path = join(folder, 'workbook.xlsx');
    await workbook.xlsx.writeFile(path);

    const layout = await readZipLayout(path);
    const bytes = readFileSync(path);
    expect(layout.size).toBe(bytes.byteLength);
    const names = layout.records.map((r) => r.name);
    expect(names).toContain('xl/workbook.xml');
    expect(names).toContain('xl/worksheets/sheet1.xml');
    for (const [i, record] of layout.records.entries()) {
      expect(bytes.readUInt32LE(record.start)).toBe(LOCAL_SIGNATURE);
      expect(bytes.toString('utf8', record.start + 30, record.start + 30 + bytes.readUInt16LE(record.start + 26))).toBe(record.name);
      if (i > 0) expect(record.start).toBe(layout.records[i - 1]!.end);
    }
  });

  it('reads an archive with a trailing comment and gives the records in archive order', async () => {
    const zip = Buffer.from(buildZip([{ name: 'b.txt', content: 'second' }, { name: 'a.txt', content: 'first!' }]));
    zip.writeUInt16LE(7, zip.byteLength - 2);
    const layout = await readZipLayout(fileOf(Buffer.concat([zip, Buffer.from('comment')])));
    expect(layout.records.map((r) => r.name)).toEqual(['b.txt', 'a.txt']);
    expect(layout.records[0]).toMatchObject({ start: 0, end: 30 + 5 + 6 });
  });

  it('takes offsets from ZIP64 records', async () => {
    const layout = await readZipLayout(fileOf(asZip64([{ name: 'one.xml', content: '<a/>' }, { name: 'two.xml', content: '<bb/>' }])));
    expect(layout.records).toEqual([
      { name: 'one.xml', start: 0, end: 30 + 7 + 4 },
      { name: 'two.xml', start: 41, end: 41 + 30 + 7 + 5 },
    ]);
  });

  it('rejects what is not a ZIP archive, or is cut short, with a ZipFormatError saying why', async () => {
    await expect(readZipLayout(fileOf(Buffer.from('series,period,value\nS1,2024-01,1\n')))).rejects.toThrow(new ZipFormatError('it is not a ZIP archive'));
    const zip = Buffer.from(buildZip([{ name: 'a.txt', content: 'text' }]));
    const damaged = Buffer.from(zip);
    damaged.writeUInt32LE(0xdeadbeef, zip.byteLength - 22 - 46 - 5); // the directory entry's signature
    await expect(readZipLayout(fileOf(damaged))).rejects.toThrow(/directory is damaged/);
    const outside = Buffer.from(zip);
    outside.writeUInt32LE(zip.byteLength, zip.byteLength - 6); // directory offset past the end
    await expect(readZipLayout(fileOf(outside))).rejects.toThrow(/outside the file/);
    const noZip64 = Buffer.from(zip);
    noZip64.writeUInt32LE(0xffffffff, zip.byteLength - 6);
    await expect(readZipLayout(fileOf(noZip64))).rejects.toThrow(/ZIP64 end record is missing/);
  });
});

describe('synthetic records', () => {
  it('are the local record of an empty file and the end record of an empty archive', async () => {
    const record = emptyZipRecord('xl/sharedStrings.xml');
    expect(record.readUInt32LE(0)).toBe(LOCAL_SIGNATURE);
    expect(record.toString('utf8', 30)).toBe('xl/sharedStrings.xml');
    const end = zipEndRecord();
    expect(end.byteLength).toBe(22);
    expect(end.readUInt32LE(0)).toBe(0x06054b50);
    const layout = await readZipLayout(fileOf(end));
    expect(layout.records).toEqual([]);
  });
});
