import type { TermIdSink } from "./termSink.js";

/**
 * The tokenizer's memory of each distinct raw token: its terms and, for the dictionary that last
 * asked, their term ids. Keyed by a span of the text being scanned (text, start, end).
 *
 * Why not a Map<string, string[]>: the key would have to be cut out of the text first (`slice`)
 * and hashed again by the Map; on synthetic English, slice + Map.get cost 0.22 µs a token, about
 * ten times the scan itself, and the index then looked every term up again in its dictionary.
 * Here the scanner hashes as it reads (FNV-1a over UTF-16 units), a hit is confirmed by comparing
 * characters against a flat pool, and an index gets the term ids from a flat pool as well: no
 * string, no object and no dictionary lookup per token once a word has been seen.
 *
 * Bounded like BoundedCache: two generations; when the young one is full it becomes the old one
 * and the previous old one is emptied for reuse. Entries found in the old generation are copied
 * into the young one. The total never exceeds `capacity`.
 */

/** Seed and step of the span hash, exported for scanners that hash as they go. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a hash of text[start, end) over UTF-16 units; the tokenizer inlines the same steps. */
export function hashSpan(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

function grown<T extends Uint16Array | Int32Array>(array: T, needed: number, make: new (n: number) => T): T {
  if (needed <= array.length) return array;
  const next = new make(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

// Entry record layout: one stride of Int32 per entry, so a hit reads all of it from one place.
const KEY_START = 0;
const KEY_LENGTH = 1;
const ID_START = 2;
const TERM_COUNT = 3;
/** Serial of the dictionary whose ids are stored for the entry; 0 = none yet. */
const IDS_OF = 4;
const STRIDE = 5;

/** One generation: open addressing with linear probing, at most half full. */
class TokenTable {
  /** Two Int32 per slot: the key's hash and entry index + 1 (0 = empty); a probe reads one line. */
  private slots = new Int32Array(64 * 2);
  private mask = 63;
  size = 0;
  private records = new Int32Array(64 * STRIDE);
  private chars = new Uint16Array(1024);
  private charCount = 0;
  private ids = new Int32Array(256);
  private idCount = 0;
  readonly terms: (readonly string[])[] = [];

  constructor(readonly limit: number) {}

  /** Entry of text[start, end), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const { chars, slots, mask, records } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot * 2 + 1] - 1;
      if (e < 0) return -1;
      if (slots[slot * 2] !== hash || records[e * STRIDE + KEY_LENGTH] !== length) continue;
      const at = records[e * STRIDE + KEY_START];
      let i = 0;
      while (i < length && chars[at + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return e;
    }
  }

  /** Add text[start, end), known to be absent; the caller checks `size < limit` first. */
  add(text: string, start: number, end: number, hash: number, terms: readonly string[]): number {
    const e = this.size++;
    const length = end - start;
    this.records = grown(this.records, (e + 1) * STRIDE, Int32Array);
    this.chars = grown(this.chars, this.charCount + length, Uint16Array);
    this.ids = grown(this.ids, this.idCount + terms.length, Int32Array);
    for (let i = 0; i < length; i++) this.chars[this.charCount + i] = text.charCodeAt(start + i);
    const r = e * STRIDE;
    this.records[r + KEY_START] = this.charCount;
    this.records[r + KEY_LENGTH] = length;
    this.records[r + ID_START] = this.idCount;
    this.records[r + TERM_COUNT] = terms.length;
    this.records[r + IDS_OF] = 0;
    this.charCount += length;
    this.idCount += terms.length;
    this.terms[e] = terms;
    // Grown with the entries (a small vocabulary keeps a small table), never more than half full.
    if (this.size * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    this.place(hash, e);
    return e;
  }

  private place(hash: number, e: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = e + 1;
  }

  private rehash(slotCount: number): void {
    const old = this.slots;
    this.slots = new Int32Array(slotCount * 2);
    this.mask = slotCount - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.place(old[s], old[s + 1] - 1);
  }

  /** Append entry `e`'s term ids as `sink.interner` numbers them, interning them on first use. */
  writeIds(e: number, sink: TermIdSink): void {
    const r = e * STRIDE;
    const start = this.records[r + ID_START];
    const count = this.records[r + TERM_COUNT];
    const { interner, ids } = sink;
    if (this.records[r + IDS_OF] !== interner.serial) {
      const terms = this.terms[e];
      for (let k = 0; k < count; k++) this.ids[start + k] = interner.intern(terms[k]);
      this.records[r + IDS_OF] = interner.serial;
    }
    for (let k = 0; k < count; k++) ids.push(this.ids[start + k]);
  }

  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.charCount = 0;
    this.idCount = 0;
    this.terms.length = 0;
  }
}

/** Two-generation token cache; see the module comment. */
export class TokenCache {
  private young: TokenTable;
  private old: TokenTable;

  constructor(readonly capacity: number) {
    // Each generation holds half the capacity; a capacity below 2 caches nothing (correct, only slower).
    const generation = Math.floor(capacity / 2);
    this.young = new TokenTable(generation);
    this.old = new TokenTable(generation);
  }

  /** Entries held right now (never more than `capacity`). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /**
   * The young-generation index of text[start, end) (whose hash is `hash`), promoting it if it was
   * aging; -1 when absent. The index is valid until the next `add`.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const young = this.young.find(text, start, end, hash);
    if (young >= 0) return young;
    const aged = this.old.find(text, start, end, hash);
    if (aged < 0) return -1;
    // The key is the span itself. The terms are read first: making room may empty the old table.
    return this.add(text, start, end, hash, this.old.terms[aged]);
  }

  /** Cache the terms of text[start, end) (absent); returns its index, or -1 if nothing is cached. */
  add(text: string, start: number, end: number, hash: number, terms: readonly string[]): number {
    return this.makeRoom() ? this.young.add(text, start, end, hash, terms) : -1;
  }

  /** The terms of a young entry. */
  terms(index: number): readonly string[] {
    return this.young.terms[index];
  }

  /** Append a young entry's term ids as `sink.interner` numbers them. */
  writeIds(index: number, sink: TermIdSink): void {
    this.young.writeIds(index, sink);
  }

  /** Rotate generations if the young one is full; false when the cache holds nothing at all. */
  private makeRoom(): boolean {
    if (this.young.limit <= 0) return false;
    if (this.young.size >= this.young.limit) {
      const recycled = this.old;
      recycled.clear();
      this.old = this.young;
      this.young = recycled;
    }
    return true;
  }
}
