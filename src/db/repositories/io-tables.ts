// Stored input-output tables. Listing and metadata never read the table document itself: a model is
// built from it only when the in-process cache does not already hold one for the row's id+version.
import type { IoTable } from '../../core/input-output';
import type { IoTableColumn, IoTableKind, IoTableSummary } from '../../contracts/api/input-output';
import type { Queryable } from './queryable';

/** A table's metadata with the row identity the model cache is keyed by. */
export interface IoTableRecord extends IoTableSummary {
  id: number;
  version: number;
}

export interface NewIoTable {
  code: string;
  name: string;
  year: number | null;
  kind: IoTableKind;
  country: string | null;
  sourceCitation: string;
  sourceUrl: string | null;
  versionLabel: string | null;
  isIllustrative: boolean;
  illustrativeColumns: IoTableColumn[];
  illustrativeNote: string | null;
  moneyUnit: string | null;
  employmentUnit: string | null;
  machineBuildingCodes: string[];
  balanceTolerance: number;
  table: IoTable;
  createdBy: number | null;
}

interface IoTableRow {
  id: number;
  version: number;
  code: string;
  name: string;
  year: number | null;
  kind: IoTableKind;
  country: string | null;
  source_citation: string;
  source_url: string | null;
  version_label: string | null;
  is_illustrative: boolean;
  illustrative_columns: IoTableColumn[];
  illustrative_note: string | null;
  money_unit: string | null;
  employment_unit: string | null;
  machine_building_codes: string[];
  balance_tolerance: number;
  product_count: number;
  created_at: Date;
}

const COLUMNS = `id, version, code, name, year, kind, country, source_citation, source_url, version_label, is_illustrative,
  illustrative_columns, illustrative_note, money_unit, employment_unit, machine_building_codes, balance_tolerance,
  product_count, created_at`;

function toRecord(row: IoTableRow): IoTableRecord {
  return {
    id: row.id,
    version: row.version,
    code: row.code,
    name: row.name,
    year: row.year,
    kind: row.kind,
    country: row.country,
    source: { citation: row.source_citation, url: row.source_url },
    versionLabel: row.version_label,
    isIllustrative: row.is_illustrative,
    illustrativeColumns: row.illustrative_columns,
    illustrativeNote: row.illustrative_note,
    moneyUnit: row.money_unit,
    employmentUnit: row.employment_unit,
    machineBuildingCodes: row.machine_building_codes,
    balanceTolerance: row.balance_tolerance,
    productCount: row.product_count,
    createdAt: row.created_at.toISOString(),
  };
}

/** Every table, newest year first (a table without a year last), then by code. */
export async function listIoTables(db: Queryable): Promise<IoTableRecord[]> {
  const { rows } = await db.query<IoTableRow>(`select ${COLUMNS} from io_tables order by year desc nulls last, code`);
  return rows.map(toRecord);
}

export async function findIoTable(db: Queryable, code: string): Promise<IoTableRecord | null> {
  const { rows } = await db.query<IoTableRow>(`select ${COLUMNS} from io_tables where code = $1`, [code]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** The table document of a row, read by id and version so that it matches the metadata read before. */
export async function readIoTableData(db: Queryable, id: number, version: number): Promise<IoTable | null> {
  const { rows } = await db.query<{ table_data: IoTable }>('select table_data from io_tables where id = $1 and version = $2', [id, version]);
  return rows[0]?.table_data ?? null;
}

/** Inserts the table unless its code is taken; returns the new row, or null when the code exists. */
export async function insertIoTable(db: Queryable, table: NewIoTable): Promise<IoTableRecord | null> {
  const { rows } = await db.query<IoTableRow>(
    `insert into io_tables (code, name, year, kind, country, source_citation, source_url, version_label, is_illustrative,
                            illustrative_columns, illustrative_note, money_unit, employment_unit, machine_building_codes,
                            balance_tolerance, product_count, table_data, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     on conflict (code) do nothing
     returning ${COLUMNS}`,
    [
      table.code,
      table.name,
      table.year,
      table.kind,
      table.country,
      table.sourceCitation,
      table.sourceUrl,
      table.versionLabel,
      table.isIllustrative,
      table.illustrativeColumns,
      table.illustrativeNote,
      table.moneyUnit,
      table.employmentUnit,
      table.machineBuildingCodes,
      table.balanceTolerance,
      table.table.products.length,
      JSON.stringify(table.table),
      table.createdBy,
    ],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Deletes the table; returns the deleted row's identity (to evict its model), or null if none. */
export async function deleteIoTable(db: Queryable, code: string): Promise<{ id: number; version: number } | null> {
  const { rows } = await db.query<{ id: number; version: number }>('delete from io_tables where code = $1 returning id, version', [code]);
  return rows[0] ?? null;
}

export async function ioTableCodeExists(db: Queryable, code: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from io_tables where code = $1', [code]);
  return rows.length > 0;
}

/** The API's shape of a record: without the row identity, which only the model cache needs. */
export function ioTableSummaryOf(record: IoTableRecord): IoTableSummary {
  const { id: _id, version: _version, ...summary } = record;
  return summary;
}
