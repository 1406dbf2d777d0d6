// Opens the database the way the server does (DATABASE_URL, or the embedded cluster in
// ZHOSPAR_HOME) for one command, and always closes it, so that the embedded cluster stops when
// the last user leaves.
import { databaseOptionsFromEnv, openDatabase, type Database } from '../db/connection';
import { migrate } from '../db/migrate';

export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(databaseOptionsFromEnv());
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Like withDatabase, after applying pending migrations: for commands that need the current schema. */
export function withMigratedDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  return withDatabase(async (db) => {
    await migrate(db.pool);
    return work(db);
  });
}
