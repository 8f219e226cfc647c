/**
 * A memory-bounded map for per-distinct-word analysis results.
 *
 * Why two generations instead of a true LRU: an LRU must move an entry on every hit, which costs a
 * delete and a set in the hot loop of the analyzer. Here a hit in the young map is a single `get`;
 * when the young map fills up it becomes the old map and the previous old map is dropped whole.
 * Entries still in use get promoted back into the young map, so frequent words survive a rotation.
 * (This is the "segmented" idea behind 2Q/SLRU caches, reduced to its cheapest form.)
 * The total number of entries never exceeds `capacity`.
 */
export class BoundedCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly generationSize: number;

  constructor(readonly capacity: number) {
    // Each generation holds half the capacity, so both together stay within it.
    // A capacity below 2 therefore caches nothing, which is still correct, only slower.
    this.generationSize = Math.floor(capacity / 2);
  }

  /** Look a key up, promoting it from the old generation when found there. */
  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.set(key, aged);
    }
    return aged;
  }

  /** Store a value; may drop the oldest generation to stay within capacity. */
  set(key: string, value: V): void {
    if (this.generationSize <= 0) return;
    if (this.young.size >= this.generationSize && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Forget a key (an entry that went stale). */
  delete(key: string): void {
    this.young.delete(key);
    this.old.delete(key);
  }

  /** Number of entries held right now (never more than `capacity`). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
