// Models built from stored tables, kept in this process's memory. A model is derived data (its two
// inverses are recomputed from the stored table on a miss), so several app processes can each hold
// their own copy safely. The key is the row's id and version: ids are never reused and a changed
// row gets a new version, so a cached model can never stand for another table's data.
import type { IoModel } from '../../core/input-output';

/** 300-product models hold a few MB each (A, L and Lbar); a handful of tables are in use at once. */
const CAPACITY = 8;

const models = new Map<string, IoModel>();
/** Builds in flight, so that concurrent first requests for one table build it once. */
const building = new Map<string, Promise<IoModel>>();

function keyOf(id: number, version: number): string {
  return `${id}:${version}`;
}

/** The cached model of the row, or the one `build` makes (then cached, evicting the oldest use). */
export async function cachedModel(id: number, version: number, build: () => Promise<IoModel>): Promise<IoModel> {
  const key = keyOf(id, version);
  const hit = models.get(key);
  if (hit) {
    // Re-insert so that Map order is least recently used first.
    models.delete(key);
    models.set(key, hit);
    return hit;
  }
  const pending = building.get(key);
  if (pending) return pending;
  const promise = build()
    .then((model) => {
      models.set(key, model);
      while (models.size > CAPACITY) models.delete(models.keys().next().value!);
      return model;
    })
    .finally(() => building.delete(key));
  building.set(key, promise);
  return promise;
}

/** Forgets every version of a deleted table. */
export function evictModel(id: number): void {
  for (const key of [...models.keys()]) if (key.startsWith(`${id}:`)) models.delete(key);
}

/** For tests: how many models are held. */
export function cachedModelCount(): number {
  return models.size;
}
