import { GrowableArray } from "./growableArray.js";
import type { Segment } from "./segment.js";

/**
 * The term ids of each document (doc -> terms), needed only to keep df exact when a document is
 * removed. Built lazily from the postings on the first removal, so indexes that never remove
 * anything (or are loaded from a snapshot) do not pay 4 bytes per posting for it.
 */
export class ForwardLists {
  private readonly start = new GrowableArray(Uint32Array, 1024);
  private readonly terms = new GrowableArray(Uint32Array, 4096);

  constructor() {
    this.start.push(0);
  }

  /** Append the next document's term ids. */
  append(termIds: ArrayLike<number>): void {
    for (let i = 0; i < termIds.length; i++) this.terms.push(termIds[i]);
    this.start.push(this.terms.length);
  }

  termsOf(doc: number): Uint32Array {
    return this.terms.data.subarray(this.start.data[doc], this.start.data[doc + 1]);
  }

  /** Invert frozen segments (covering docs 0 .. docCount-1) into forward lists. */
  static fromSegments(segments: readonly Segment[], docCount: number): ForwardLists {
    const counts = new Uint32Array(docCount + 1);
    for (const seg of segments) for (let p = 0; p < seg.docs.length; p++) counts[seg.docs[p] + 1]++;
    for (let d = 0; d < docCount; d++) counts[d + 1] += counts[d];
    const lists = new ForwardLists();
    const total = counts[docCount];
    lists.terms.extend(total);
    lists.start.clear();
    for (let d = 0; d <= docCount; d++) lists.start.push(counts[d]);
    const fill = counts.subarray(0, docCount).slice();
    for (const seg of segments)
      for (let i = 0; i < seg.termIds.length; i++)
        for (let p = seg.offsets[i]; p < seg.offsets[i + 1]; p++) lists.terms.data[fill[seg.docs[p]]++] = seg.termIds[i];
    return lists;
  }
}
