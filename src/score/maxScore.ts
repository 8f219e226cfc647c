// Document-at-a-time top-k retrieval with MaxScore dynamic pruning (Turtle & Flood, 1995).
// Query terms are sorted by their upper-bound contribution; the low-bound prefix whose bounds
// together cannot lift a document over the current top-k threshold is "non-essential": such
// terms never start a candidate, and are only probed (with galloping skips) for candidates that
// can still make it. Scores are summed in query order at the end, so pruned and exhaustive
// search return bit-identical scores and therefore the same top-k.

import { saturate } from "./bm25f.js";
import type { TopK } from "./topK.js";
import { findTerm, type Segment } from "./segmentView.js";

/** What scoring needs to know about the documents of an index. */
export interface ScoringView {
  readonly fieldCount: number;
  readonly k1: number;
  /** w_f / norm_f(d) for doc d and field f at [d * fieldCount + f]. */
  readonly factors: Float64Array;
  readonly alive: Uint8Array;
  /** Changes whenever N, df or average lengths change; keys the cached bounds. */
  readonly stamp: number;
}

/** A query term resolved against the index: weight = query weight x idf. Order in a query fixes the order of summation. */
export interface ResolvedTerm {
  readonly termId: number;
  readonly weight: number;
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

function maxTfTilde(segment: Segment, local: number, view: ScoringView): number {
  if (segment.boundStamp[local] === view.stamp) return segment.maxTfTilde[local];
  let max = 0;
  for (let p = segment.offsets[local]; p < segment.offsets[local + 1]; p++) {
    const doc = segment.docs[p];
    if (view.alive[doc] === 0) continue;
    const v = tfTildeAt(segment, p, doc, view);
    if (v > max) max = v;
  }
  segment.maxTfTilde[local] = max;
  segment.boundStamp[local] = view.stamp;
  return max;
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

// Pruning compares float sums computed in different orders; this slack keeps it conservative.
const SLACK = 1e-9;

/**
 * Score one segment's candidates into `heap`. `accept(doc)` filters documents (already alive);
 * with `exhaustive` every matching document is scored (the reference the pruning must equal).
 */
export function searchSegment(
  segment: Segment,
  terms: readonly ResolvedTerm[],
  view: ScoringView,
  heap: TopK,
  accept: ((doc: number) => boolean) | undefined,
  exhaustive: boolean,
): void {
  // Resolve terms present in this segment, with their bounds; `slot` is the query order of summation.
  const cur: { pos: number; end: number; weight: number; slot: number; bound: number }[] = [];
  for (const t of terms) {
    const local = findTerm(segment, t.termId);
    if (local < 0) continue;
    const bound = t.weight * saturate(maxTfTilde(segment, local, view), view.k1);
    cur.push({ pos: segment.offsets[local], end: segment.offsets[local + 1], weight: t.weight, slot: cur.length, bound });
  }
  if (cur.length === 0) return;
  cur.sort((a, b) => a.bound - b.bound || a.slot - b.slot);
  const n = cur.length;
  const prefixBound = new Float64Array(n); // sum of bounds of cur[0..i]
  let acc = 0;
  for (let i = 0; i < n; i++) prefixBound[i] = acc += cur[i].bound;
  const contrib = new Float64Array(n);
  const docs = segment.docs;

  // Terms [0, firstEssential) are non-essential. `bar` is the threshold less a little slack.
  let bar = exhaustive ? -Infinity : heap.threshold - SLACK * Math.abs(heap.threshold);
  let firstEssential = 0;
  const updateEssential = (): void => {
    while (firstEssential < n && prefixBound[firstEssential] < bar) firstEssential++;
  };
  updateEssential();

  while (firstEssential < n) {
    let doc = 0xffffffff;
    for (let i = firstEssential; i < n; i++) {
      const c = cur[i];
      if (c.pos < c.end && docs[c.pos] < doc) doc = docs[c.pos];
    }
    if (doc === 0xffffffff) break;
    if (view.alive[doc] === 0 || (accept !== undefined && !accept(doc))) {
      for (let i = firstEssential; i < n; i++) if (cur[i].pos < cur[i].end && docs[cur[i].pos] === doc) cur[i].pos++;
      continue;
    }
    contrib.fill(0);
    let score = 0;
    for (let i = firstEssential; i < n; i++) {
      const c = cur[i];
      if (c.pos < c.end && docs[c.pos] === doc) {
        const v = postingScore(segment, c.pos, doc, c.weight, view);
        contrib[c.slot] = v;
        score += v;
        c.pos++;
      }
    }
    let pruned = false;
    for (let i = firstEssential - 1; i >= 0; i--) {
      if (score + prefixBound[i] < bar) {
        pruned = true;
        break;
      }
      const c = cur[i];
      c.pos = seek(docs, c.pos, c.end, doc);
      if (c.pos < c.end && docs[c.pos] === doc) {
        const v = postingScore(segment, c.pos, doc, c.weight, view);
        contrib[c.slot] = v;
        score += v;
      }
    }
    if (pruned) continue;
    let exact = 0;
    for (let s = 0; s < n; s++) exact += contrib[s];
    if (heap.offer(doc, exact) && !exhaustive && heap.full) {
      bar = heap.threshold - SLACK * Math.abs(heap.threshold);
      updateEssential();
    }
  }
}
