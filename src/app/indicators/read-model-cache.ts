// A small least-recently-used cache of computed read models. A key names everything the model was
// computed from (plan, date, and the versions of the data), so a stale entry is never served: new
// data gives a new key and the old entry ages out. Concurrent requests for the same key share one
// computation.

export class ReadModelCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly capacity = 64) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) {
      // Refresh its place: Map keeps insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const pending = compute();
    this.entries.set(key, pending);
    // A failure is not cached: the next request tries again.
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}
