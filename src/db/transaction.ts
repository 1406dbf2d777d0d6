import type pg from 'pg';

export interface TransactionOptions {
  /** PostgreSQL isolation level; the server default (read committed) when absent. */
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  /** A read-only transaction: PostgreSQL refuses any write in it. */
  readOnly?: boolean;
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(beginStatement(options));
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function beginStatement(options: TransactionOptions): string {
  let statement = 'begin';
  if (options.isolation) statement += ` isolation level ${options.isolation}`;
  if (options.readOnly) statement += ' read only';
  return statement;
}
