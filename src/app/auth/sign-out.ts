import type pg from 'pg';
import { deleteSession } from '../../db/repositories/sessions';
import { sha256Hex } from './secrets';

/** Ends the session of this cookie secret; a session already gone is not an error. */
export async function signOut(pool: pg.Pool, sessionSecret: string): Promise<void> {
  await deleteSession(pool, sha256Hex(sessionSecret));
}
