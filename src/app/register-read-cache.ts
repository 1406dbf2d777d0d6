// Read models of the plan register (measure lists) kept in this process's memory. Each read asks
// the database for the register's change counter (one tiny prepared query) and reuses the cached
// answer while the counter has not moved, so every process stays current with changes made by
// any other process.
import type pg from 'pg';
import { registerVersion } from '../db/repositories/register-version';

const MAX_ENTRIES = 500;

interface Entry {
  version: number;
  value: unknown;
}

const entries = new Map<string, Entry>();

export async function readThroughRegisterCache<T>(pool: pg.Pool, key: string, load: () => Promise<T>): Promise<T> {
  const version = await registerVersion(pool);
  const cached = entries.get(key);
  if (cached && cached.version === version) return cached.value as T;
  const value = await load();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string); // oldest first
  entries.set(key, { version, value });
  return value;
}
