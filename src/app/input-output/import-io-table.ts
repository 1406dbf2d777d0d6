// Stores an uploaded input-output table: checks the code is free (before reading a large file), reads
// and validates the file (every problem with its cell, then productivity), settles which products are
// machine building, and inserts the row. Nothing is stored unless everything passes.
import type pg from 'pg';
import { ioTableColumns, type IoTableUpload } from '../../contracts/api/input-output';
import { DEFAULT_BALANCE_TOLERANCE } from '../../core/input-output';
import { listBranchGroups } from '../../db/repositories/classifications';
import { insertIoTable, ioTableCodeExists, type IoTableRecord } from '../../db/repositories/io-tables';
import { IoTableCodeTakenError, IoTableMetadataError } from './io-table-import-error';
import { machineBuildingCodesOf } from './machine-building-group';
import { readUploadedTable } from './read-uploaded-table';

export interface IoTableImport extends Omit<IoTableUpload, 'file'> {
  fileName: string;
  content: Uint8Array;
  /** The importing user; null for imports by the system (seeding). */
  createdBy: number | null;
}

export async function importIoTable(pool: pg.Pool, upload: IoTableImport): Promise<IoTableRecord> {
  if (await ioTableCodeExists(pool, upload.code)) throw new IoTableCodeTakenError(upload.code);
  const balanceTolerance = upload.tolerance ?? DEFAULT_BALANCE_TOLERANCE;
  const { table } = await readUploadedTable(upload.fileName, upload.content, { balanceTolerance });
  const codes = table.products.map((product) => product.code);
  let machineBuildingCodes: string[];
  if (upload.machineBuilding !== undefined && upload.machineBuilding.trim() !== '') {
    machineBuildingCodes = [...new Set(upload.machineBuilding.split(',').map((code) => code.trim()).filter((code) => code !== ''))];
    const unknown = machineBuildingCodes.filter((code) => !codes.includes(code));
    if (unknown.length > 0) {
      throw new IoTableMetadataError('machineBuilding', `the table has no product ${unknown.map((code) => `"${code}"`).join(', ')}`);
    }
  } else {
    const divisions = [...new Set((await listBranchGroups(pool)).map((group) => group.division))];
    machineBuildingCodes = machineBuildingCodesOf(codes, divisions);
  }
  const isIllustrative = upload.illustrativeNote !== undefined && upload.illustrativeNote !== '';
  const record = await insertIoTable(pool, {
    code: upload.code,
    name: upload.name,
    year: upload.year,
    kind: upload.kind,
    country: upload.country ?? null,
    sourceCitation: upload.source,
    sourceUrl: upload.sourceUrl ?? null,
    versionLabel: blankToNull(upload.versionLabel),
    isIllustrative,
    illustrativeColumns: isIllustrative ? [...ioTableColumns] : [],
    illustrativeNote: isIllustrative ? upload.illustrativeNote! : null,
    moneyUnit: blankToNull(upload.moneyUnit),
    employmentUnit: blankToNull(upload.employmentUnit),
    machineBuildingCodes,
    balanceTolerance,
    table,
    createdBy: upload.createdBy,
  });
  // Someone else stored the same code while this file was being read.
  if (!record) throw new IoTableCodeTakenError(upload.code);
  return record;
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text.trim();
}
