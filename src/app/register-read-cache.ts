// Read models of the plan register (measure lists) kept in this process's memory. Each read asks
// the database for the register's change counter and reuses the cached answer while the counter
// has not moved, so every process stays current with changes made by any other process.
//
// Under load the counter is not asked once per read: reads that arrive while a check is on its
// way share the next check, which starts after they arrived. Every read still sees every change
// committed before it began, at the cost of one tiny query per round trip instead of per read.
import type pg from 'pg';
import { registerVersion } from '../db/repositories/register-version';

const MAX_ENTRIES = 500;

interface Entry {
  version: number;
  /** Shared by the reads that miss together, so that a change costs one load, not one per read. */
  value: Promise<unknown>;
}

/** One database's cached read models and its shared counter checks. */
class RegisterReadCache {
  private readonly entries = new Map<string, Entry>();
  private inFlight: Promise<number> | null = null;
  private following: Promise<number> | null = null;

  constructor(private readonly pool: pg.Pool) {}

  /** The counter as of a check that started no earlier than this call. */
  currentVersion(): Promise<number> {
    if (!this.inFlight) {
      this.inFlight = registerVersion(this.pool).finally(() => (this.inFlight = null));
      return this.inFlight;
    }
    // The check on its way may have started before this read: wait for the one after it.
    this.following ??= this.inFlight.then(
      () => this.startFollowing(),
      () => this.startFollowing(),
    );
    return this.following;
  }

  private startFollowing(): Promise<number> {
    this.following = null;
    return this.currentVersion();
  }

  async read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const version = await this.currentVersion();
    const cached = this.entries.get(key);
    if (cached && cached.version === version) return cached.value as Promise<T>;
    const value = load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string); // oldest first
    const entry: Entry = { version, value };
    this.entries.set(key, entry);
    // A failed load is not remembered: the next read tries again.
    value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return value;
  }
}

// Keyed by pool: two pools may reach two databases whose counters happen to be equal.
const caches = new WeakMap<pg.Pool, RegisterReadCache>();

export async function readThroughRegisterCache<T>(pool: pg.Pool, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(pool);
  if (!cache) caches.set(pool, (cache = new RegisterReadCache(pool)));
  return cache.read(key, load);
}
