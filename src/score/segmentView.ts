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
  /**
   * Block-max metadata (Ding & Suel 2011): the postings of a long list are cut into blocks of
   * BLOCK_SIZE, and `blockMaxTfTilde[blockBase[i] + j]` is the max tf~ of block j of local term i,
   * filled together with `maxTfTilde[i]` (same stamp). Lists of at most LONG_LIST postings have no
   * blocks (blockBase[i] === blockBase[i + 1]) and keep the list-wide bound.
   */
  readonly blockBase: Uint32Array;
  readonly blockMaxTfTilde: Float64Array;
}

/** Postings per block. 64 keeps bounds tight on Zipf lists at a cost of 1/8 byte per posting. */
export const BLOCK_SIZE = 64;
/** Lists up to this length are scanned as a whole: a block bound would save little. */
export const LONG_LIST = 4 * BLOCK_SIZE;

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
