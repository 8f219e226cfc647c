// What one posting is worth: its pseudo-frequency tf~ and its BM25F summand, and the galloping seek that
// finds a document in a posting list. Shared by the top-k search, the block bounds and explainScore.

import { saturate } from "./bm25f.js";
import type { Segment } from "./segmentView.js";

/** What scoring needs to know about the documents of an index. */
export interface ScoringView {
  readonly fieldCount: number;
  readonly k1: number;
  /** w_f / norm_f(d) for doc d and field f at [d * fieldCount + f]. */
  readonly factors: Float64Array;
  readonly alive: Uint8Array;
  /** True when no document slot is dead, so `alive` need not be read. */
  readonly allAlive: boolean;
  /** Changes whenever N, df or average lengths change; keys the cached bounds. */
  readonly stamp: number;
}

/** tf~ of posting `p` (of document `doc`) in `segment`. */
export function tfTildeAt(segment: Segment, p: number, doc: number, view: ScoringView): number {
  const F = view.fieldCount;
  let sum = 0;
  for (let f = 0; f < F; f++) {
    const tf = segment.tfs[p * F + f];
    if (tf !== 0) sum += tf * view.factors[doc * F + f];
  }
  return sum;
}

/** The score a term of query weight `weight` (idf included) brings from posting `p` of `doc`. */
export function postingScore(segment: Segment, p: number, doc: number, weight: number, view: ScoringView): number {
  return weight * saturate(tfTildeAt(segment, p, doc, view), view.k1);
}

/** First position in docs[from, end) whose doc is >= target (galloping then binary search). */
export function seek(docs: Uint32Array, from: number, end: number, target: number): number {
  if (from >= end || docs[from] >= target) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < end && docs[hi] < target) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > end) hi = end;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid] < target) lo = mid;
    else hi = mid;
  }
  return hi;
}
