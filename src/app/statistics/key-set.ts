// The set of observation keys seen in a file, for finding repeated rows in bounded memory. A Set of
// a million key strings takes hundreds of megabytes; this table keeps a 96-bit fingerprint and the
// first row of each key in typed arrays: 16 bytes a slot, about 32 MB for a million keys. Two
// different keys share a fingerprint with a probability below 1e-16 for a million keys.

const EMPTY = 0; // row numbers start at 2 (row 1 is the header), so 0 marks a free slot
const MAX_LOAD = 0.5;

/**
 * Three 32-bit hashes of the parts of a key, each part followed by a separator (so that "ab","c"
 * and "a","bc" differ): cyrb53's two lanes and FNV-1a, each finalised. Hashing the parts in place
 * saves building a key string for every row.
 */
function fingerprint(parts: readonly string[], out: Uint32Array): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let h3 = 0x811c9dc5;
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p]!;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 0x1f;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
      h3 = Math.imul(h3 ^ c, 16777619);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  h3 ^= h3 >>> 16;
  h3 = Math.imul(h3, 0x85ebca6b);
  h3 ^= h3 >>> 13;
  h3 = Math.imul(h3, 0xc2b2ae35);
  h3 ^= h3 >>> 16;
  out[0] = h1;
  out[1] = h2;
  out[2] = h3;
}

export class KeySet {
  private capacity: number;
  private mask: number;
  private fingerprints: Uint32Array;
  private rows: Int32Array;
  private count = 0;
  private readonly scratch = new Uint32Array(3);

  constructor(initialCapacity = 1 << 16) {
    this.capacity = 1 << Math.ceil(Math.log2(Math.max(16, initialCapacity)));
    this.mask = this.capacity - 1;
    this.fingerprints = new Uint32Array(this.capacity * 3);
    this.rows = new Int32Array(this.capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the key made of `parts` for `row`; returns the row that had the same key earlier, or null. */
  add(parts: readonly string[], row: number): number | null {
    fingerprint(parts, this.scratch);
    const existing = this.insert(this.scratch[0]!, this.scratch[1]!, this.scratch[2]!, row);
    if (existing === null && ++this.count > this.capacity * MAX_LOAD) this.grow();
    return existing;
  }

  private insert(a: number, b: number, c: number, row: number): number | null {
    let slot = a & this.mask;
    for (;;) {
      const stored = this.rows[slot]!;
      if (stored === EMPTY) {
        this.fingerprints[slot * 3] = a;
        this.fingerprints[slot * 3 + 1] = b;
        this.fingerprints[slot * 3 + 2] = c;
        this.rows[slot] = row;
        return null;
      }
      if (this.fingerprints[slot * 3] === a && this.fingerprints[slot * 3 + 1] === b && this.fingerprints[slot * 3 + 2] === c) return stored;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldFingerprints = this.fingerprints;
    const oldRows = this.rows;
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.mask = this.capacity - 1;
    this.fingerprints = new Uint32Array(this.capacity * 3);
    this.rows = new Int32Array(this.capacity);
    for (let slot = 0; slot < oldCapacity; slot++) {
      const row = oldRows[slot]!;
      if (row !== EMPTY) this.insert(oldFingerprints[slot * 3]!, oldFingerprints[slot * 3 + 1]!, oldFingerprints[slot * 3 + 2]!, row);
    }
  }
}
