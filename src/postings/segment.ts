// An immutable block of postings in compressed-sparse-row form: for the i-th term of the segment,
// its postings are docs[offsets[i] .. offsets[i+1]) (ascending internal doc ids) and the field
// frequencies of posting p are tfs[p*F .. p*F+F). No object per posting, and no per-term arrays.
// New documents are buffered as PendingPostings and frozen into a segment lazily; segments are
// merged like a binary counter so there are O(log n) of them (the Lucene segment idea, simplified).

import { GrowableArray } from "./growableArray.js";

// The segment layout is declared by the scorer that reads it (src/score), so postings depend on score, never back.
import type { Segment } from "../score/segmentView.js";
export { findTerm, type Segment } from "../score/segmentView.js";

/** Postings appended since the last freeze, in insertion (= ascending doc) order. */
export class PendingPostings {
  readonly termIds = new GrowableArray(Uint32Array, 1024);
  readonly docs = new GrowableArray(Uint32Array, 1024);
  readonly tfs = new GrowableArray(Uint32Array, 1024);
  get count(): number {
    return this.termIds.length;
  }
  /** Make room for `more` postings at once (a bulk load knows an upper bound: its term count). */
  reserve(more: number, fieldCount: number): void {
    this.termIds.grow(this.count + more);
    this.docs.grow(this.count + more);
    this.tfs.grow((this.count + more) * fieldCount);
  }
  /** Empty the buffer, releasing large storage (a bulk load would otherwise keep it forever). */
  clear(): void {
    this.termIds.clear(1 << 16);
    this.docs.clear(1 << 16);
    this.tfs.clear(1 << 17);
  }
}

/** Wrap CSR arrays as a segment with an empty bound cache. */
export function makeSegment(termIds: Uint32Array, offsets: Uint32Array, docs: Uint32Array, tfs: Uint16Array | Uint32Array): Segment {
  return {
    termIds,
    offsets,
    docs,
    tfs,
    maxTfTilde: new Float64Array(termIds.length),
    boundStamp: new Uint32Array(termIds.length),
    blockBounds: new Map(),
  };
}

function narrowTfs(wide: Uint32Array): Uint16Array | Uint32Array {
  for (let i = 0; i < wide.length; i++) if (wide[i] > 0xffff) return wide;
  return Uint16Array.from(wide);
}


/** Freeze pending postings into a segment: grouped by term, each term's postings in doc order. */
export function freezePending(pending: PendingPostings, fieldCount: number, termCount: number): Segment {
  const n = pending.count;
  const termIds = pending.termIds.data;
  const srcDocs = pending.docs.data;
  const srcTfs = pending.tfs.data;
  const F = fieldCount;
  const docs = new Uint32Array(n);
  const tfs = new Uint32Array(n * F);
  const localTerms = new GrowableArray(Uint32Array, 256);
  const offsets = new GrowableArray(Uint32Array, 256);
  if (n * 8 < termCount) {
    // Few postings over a large term space (small adds to a big index): sort positions by term.
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => termIds[a] - termIds[b] || a - b);
    for (let p = 0; p < n; p++) {
      const i = order[p];
      if (p === 0 || termIds[i] !== termIds[order[p - 1]]) {
        localTerms.push(termIds[i]);
        offsets.push(p);
      }
      docs[p] = srcDocs[i];
      for (let f = 0; f < F; f++) tfs[p * F + f] = srcTfs[i * F + f];
    }
  } else {
    // Bulk loads: count per term, then scatter each posting to its place in one pass over the
    // buffer, reading it in order (insertion order is doc order, so each term's list stays sorted).
    const next = new Uint32Array(termCount + 1);
    for (let i = 0; i < n; i++) next[termIds[i] + 1]++;
    for (let t = 0; t < termCount; t++) {
      // next[t] is already the start of term t; next[t + 1] is still the count of t.
      if (next[t + 1] > 0) {
        localTerms.push(t);
        offsets.push(next[t]);
      }
      next[t + 1] += next[t];
    }
    for (let i = 0; i < n; i++) {
      const p = next[termIds[i]]++;
      docs[p] = srcDocs[i];
      for (let f = 0; f < F; f++) tfs[p * F + f] = srcTfs[i * F + f];
    }
  }
  offsets.push(n);
  return makeSegment(localTerms.toArray(), offsets.toArray(), docs, narrowTfs(tfs));
}

/** How to rewrite ids while merging; a mapped value of -1 drops the doc or term. */
export interface MergeMapping {
  keepDoc(doc: number): boolean;
  docMap?: Int32Array;
  termMap?: Int32Array;
}

/**
 * Merge segments that cover ascending doc ranges into one, dropping what the mapping drops.
 * Maps must preserve order, so concatenated postings stay sorted.
 */
export function mergeSegments(segments: readonly Segment[], fieldCount: number, mapping: MergeMapping): Segment {
  let total = 0;
  for (const s of segments) total += s.docs.length;
  const docs = new GrowableArray(Uint32Array, total + 1);
  const tfs = new GrowableArray(Uint32Array, total * fieldCount + 1);
  const localTerms = new GrowableArray(Uint32Array, 256);
  const offsets = new GrowableArray(Uint32Array, 256);
  const cursor = new Uint32Array(segments.length);
  for (;;) {
    let term = Infinity;
    for (let s = 0; s < segments.length; s++) {
      const seg = segments[s];
      if (cursor[s] < seg.termIds.length && seg.termIds[cursor[s]] < term) term = seg.termIds[cursor[s]];
    }
    if (term === Infinity) break;
    const newTerm = mapping.termMap ? mapping.termMap[term] : term;
    const begin = docs.length;
    for (let s = 0; s < segments.length; s++) {
      const seg = segments[s];
      const local = cursor[s];
      if (local >= seg.termIds.length || seg.termIds[local] !== term) continue;
      cursor[s]++;
      if (newTerm < 0) continue;
      for (let p = seg.offsets[local]; p < seg.offsets[local + 1]; p++) {
        const doc = seg.docs[p];
        if (!mapping.keepDoc(doc)) continue;
        docs.push(mapping.docMap ? mapping.docMap[doc] : doc);
        for (let f = 0; f < fieldCount; f++) tfs.push(seg.tfs[p * fieldCount + f]);
      }
    }
    if (docs.length > begin) {
      localTerms.push(newTerm);
      offsets.push(begin);
    }
  }
  offsets.push(docs.length);
  return makeSegment(localTerms.toArray(), offsets.toArray(), docs.toArray(), narrowTfs(tfs.toArray()));
}
