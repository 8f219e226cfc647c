/**
 * The postings layout the scorer reads: one segment in compressed-sparse-row form. Declared here, by the
 * reader, so that `src/postings` (which builds segments) depends on `src/score` and never the reverse.
 */
export interface Segment {
  /** Global term ids present in this segment, ascending. */
  readonly termIds: Uint32Array;
  /** Posting range of each local term; length termIds.length + 1. */
  readonly offsets: Uint32Array;
  /** Internal doc ids of all postings. */
  readonly docs: Uint32Array;
  /** Field frequencies, fieldCount per posting. Uint16 unless some frequency needs more. */
  readonly tfs: Uint16Array | Uint32Array;
  /** Cached max tf~ per local term, valid while `boundStamp[i]` equals the index's stats stamp. */
  readonly maxTfTilde: Float64Array;
  readonly boundStamp: Uint32Array;
  /** Cached saturated max tf~ per block of postings, for long lists only; valid under the same `boundStamp`. */
  readonly blockBounds: Map<number, Float32Array>;
}

/** Local index of `termId` in the segment, or -1. */
export function findTerm(segment: Segment, termId: number): number {
  const ids = segment.termIds;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid];
    if (v === termId) return mid;
    if (v < termId) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
