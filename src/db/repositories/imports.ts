// The record of every import of official statistics: which file (name and SHA-256), how many rows,
// how many were new, who and when.
import '../pg-types';
import type { Queryable } from './queryable';
import type { ObservationImportSummary } from '../../contracts/api/observations';

export interface NewImport {
  fileName: string;
  sha256: string;
  format: 'csv' | 'xlsx';
  rows: number;
  importedBy: number | null;
}

/** Starts the record of an import; its counts are set by finishImport in the same transaction. */
export async function startImport(db: Queryable, entry: NewImport): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into observation_imports (file_name, sha256, format, rows, inserted, skipped, imported_by)
     values ($1, $2, $3, $4, 0, 0, $5) returning id`,
    [entry.fileName, entry.sha256, entry.format, entry.rows, entry.importedBy],
  );
  return rows[0]!.id;
}

/**
 * The id of an import about to write rows (which carry it), before its record can be written: the
 * file's SHA-256 and row count are known only once it has been read. recordImport then uses it.
 */
export async function reserveImportId(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`select nextval(pg_get_serial_sequence('observation_imports', 'id')) as id`);
  return rows[0]!.id;
}

/** Writes the record of an import under an id from reserveImportId. */
export async function recordImport(db: Queryable, id: number, entry: NewImport & { inserted: number; skipped: number }): Promise<void> {
  await db.query(
    `insert into observation_imports (id, file_name, sha256, format, rows, inserted, skipped, imported_by)
     overriding system value values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, entry.fileName, entry.sha256, entry.format, entry.rows, entry.inserted, entry.skipped, entry.importedBy],
  );
}

export async function finishImport(db: Queryable, id: number, counts: { inserted: number; skipped: number }): Promise<void> {
  await db.query('update observation_imports set inserted = $2, skipped = $3 where id = $1', [id, counts.inserted, counts.skipped]);
}

export async function listImports(db: Queryable, paging: { limit: number; offset: number }): Promise<{ items: ObservationImportSummary[]; total: number }> {
  const { rows } = await db.query(
    `select id, file_name, format, sha256, rows, inserted, skipped, imported_by, imported_at, count(*) over () as total
       from observation_imports order by id desc limit $1 offset $2`,
    [paging.limit, paging.offset],
  );
  const items = rows.map((r) => ({
    id: Number(r.id),
    fileName: r.file_name,
    format: r.format,
    sha256: r.sha256,
    rows: r.rows,
    inserted: r.inserted,
    skipped: r.skipped,
    importedBy: r.imported_by,
    importedAt: r.imported_at.toISOString(),
  }));
  const total = rows[0]?.total ?? (await db.query<{ n: number }>('select count(*) as n from observation_imports')).rows[0]!.n;
  return { items, total };
}
