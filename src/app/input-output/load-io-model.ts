// A stored table's model: metadata from the database (cheap), the model from the cache, and the
// table document only read and inverted when the cache does not hold it.
import { buildIoModel, type IoModel } from '../../core/input-output';
import { findIoTable, readIoTableData, type IoTableRecord } from '../../db/repositories/io-tables';
import type { Queryable } from '../../db/repositories/queryable';
import { cachedModel } from './model-cache';

export interface LoadedIoModel {
  record: IoTableRecord;
  model: IoModel;
}

/** The table and its model, or null when no table has the code. */
export async function loadIoModel(db: Queryable, code: string): Promise<LoadedIoModel | null> {
  const record = await findIoTable(db, code);
  if (!record) return null;
  const model = await cachedModel(record.id, record.version, async () => {
    const table = await readIoTableData(db, record.id, record.version);
    // Deleted between the two reads: the caller answers as if it had never been found.
    if (!table) throw new IoTableGoneError(code);
    // The table passed these checks on import, with the tolerance it was accepted with.
    return buildIoModel(table, { balanceTolerance: record.balanceTolerance });
  });
  return { record, model };
}

export class IoTableGoneError extends Error {
  constructor(readonly code: string) {
    super(`the input-output table "${code}" was deleted while it was being read`);
    this.name = 'IoTableGoneError';
  }
}
