// The input-output tables shipped in data/io (each a CSV with a metadata JSON beside it), loaded the
// way the rest of the default dataset is: inserted when their code is missing, never overwritten, so
// seeding twice changes nothing and a table someone deleted on purpose comes back only on a re-seed.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ioTableMetadataFileSchema, type IoTableMetadataFile } from '../../contracts/api/input-output';
import { DEFAULT_BALANCE_TOLERANCE, type IoTable } from '../../core/input-output';
import { insertIoTable } from '../../db/repositories/io-tables';
import type { Queryable } from '../../db/repositories/queryable';
import { parseIoTableCsv } from '../../io/io-table-file';

export interface ExampleIoTable {
  metadata: IoTableMetadataFile;
  table: IoTable;
}

/** Reads and validates every table of the folder; a broken shipped file stops the seed with its name. */
export async function loadExampleIoTables(folder: string): Promise<ExampleIoTable[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const tables: ExampleIoTable[] = [];
  for (const name of names) {
    const parsed = ioTableMetadataFileSchema.safeParse(JSON.parse(await readFile(join(folder, name), 'utf8')));
    if (!parsed.success) throw new Error(`${join(folder, name)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const metadata = parsed.data;
    try {
      const { table } = parseIoTableCsv(await readFile(join(folder, metadata.file), 'utf8'));
      const unknown = metadata.machineBuildingCodes.filter((code) => !table.products.some((p) => p.code === code));
      if (unknown.length > 0) throw new Error(`machineBuildingCodes names products the table lacks: ${unknown.join(', ')}`);
      tables.push({ metadata, table });
    } catch (error) {
      throw new Error(`${join(folder, metadata.file)}: ${(error as Error).message}`, { cause: error });
    }
  }
  return tables;
}

/** Inserts the tables whose code is missing; returns how many were inserted. */
export async function insertExampleIoTables(db: Queryable, tables: readonly ExampleIoTable[]): Promise<number> {
  let inserted = 0;
  for (const { metadata, table } of tables) {
    const record = await insertIoTable(db, {
      code: metadata.code,
      name: metadata.name,
      year: metadata.year,
      kind: metadata.kind,
      country: metadata.country,
      sourceCitation: metadata.source.citation,
      sourceUrl: metadata.source.url,
      versionLabel: metadata.versionLabel,
      isIllustrative: metadata.illustrativeColumns.length > 0,
      illustrativeColumns: metadata.illustrativeColumns,
      illustrativeNote: metadata.illustrativeNote,
      moneyUnit: metadata.moneyUnit,
      employmentUnit: metadata.employmentUnit,
      machineBuildingCodes: metadata.machineBuildingCodes,
      balanceTolerance: DEFAULT_BALANCE_TOLERANCE,
      table,
      createdBy: null,
    });
    if (record) inserted++;
  }
  return inserted;
}
