// Deletes a stored table and forgets its model. Returns false when no table has the code.
import type pg from 'pg';
import { deleteIoTable } from '../../db/repositories/io-tables';
import { evictModel } from './model-cache';

export async function removeIoTable(pool: pg.Pool, code: string): Promise<boolean> {
  const deleted = await deleteIoTable(pool, code);
  if (!deleted) return false;
  // Other processes keep their copy until it ages out of their cache; nothing can reach it, since
  // every request resolves the code to a row (and its id) first.
  evictModel(deleted.id);
  return true;
}
