// Document-at-a-time top-k retrieval with block-max MaxScore (Turtle & Flood 1995; Chakrabarti et al. 2011),
// processed in windows of doc ids (as Lucene's MaxScoreBulkScorer does).
// Query terms are sorted by their upper-bound contribution; the low-bound prefix whose bounds together cannot
// lift a document over the current top-k threshold is "non-essential": such terms never start a candidate.
// Within a window, the essential lists are walked term by term, adding each posting's *block* bound (no
// document data is read, only the list itself) into a per-document accumulator. Each candidate whose bound,
// plus the bounds of the non-essential terms, can still beat the threshold has those terms probed (galloping
// skips), again adding only block bounds. Only the few candidates that survive are scored exactly, summed in
// query order whatever order pruning visited the terms in: pruned and exhaustive search return bit-identical
// scores and therefore the same top-k.

import { saturate } from "./bm25f.js";
import { BLOCK_SHIFT, float32AtLeast, refreshTermBounds } from "./blockBounds.js";
import { postingScore, seek, type ScoringView } from "./postingScore.js";
import type { TopK } from "./topK.js";
import { findTerm, type Segment } from "./segmentView.js";

export { postingScore, seek, tfTildeAt, type ScoringView } from "./postingScore.js";

/** A query term resolved against the index: weight = query weight x idf. Order in a query fixes the order of summation. */
export interface ResolvedTerm {
  readonly termId: number;
  readonly weight: number;
}

// Pruning compares float sums computed in different orders; this slack keeps it conservative.
const SLACK = 1e-9;
/** Doc ids per window: the accumulator (8 bytes a doc) stays in the first-level cache. */
const WINDOW = 2048;
/** A shift that maps every posting of a short list to its single bound. */
const ONE_BLOCK = 31;

/** The terms of a query found in one segment, sorted by ascending bound, as parallel arrays. */
interface TermCursors {
  readonly count: number;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** Cursor of the bound pass (accumulation and probes). */
  readonly pos: Uint32Array;
  /** Cursor of exact scoring, which lags behind `pos`. */
  readonly exactPos: Uint32Array;
  readonly weight: Float64Array;
  /** weight x saturate(max tf~ of the list). */
  readonly bound: Float64Array;
  /** Saturated block maxima (a single one for short lists) and the shift from a posting offset to its block. */
  readonly blocks: Float32Array[];
  readonly shift: Uint8Array;
  /** Sorted index of the term in query position s (the order of summation). */
  readonly bySlot: Uint32Array;
}

function resolveCursors(segment: Segment, terms: readonly ResolvedTerm[], view: ScoringView): TermCursors | undefined {
  const found: { local: number; weight: number; slot: number; bound: number }[] = [];
  for (const t of terms) {
    const local = findTerm(segment, t.termId);
    if (local < 0) continue;
    refreshTermBounds(segment, local, view);
    found.push({ local, weight: t.weight, slot: found.length, bound: t.weight * saturate(segment.maxTfTilde[local], view.k1) });
  }
  const n = found.length;
  if (n === 0) return undefined;
  found.sort((a, b) => a.bound - b.bound || a.slot - b.slot);
  const c: TermCursors = {
    count: n,
    start: new Uint32Array(n),
    end: new Uint32Array(n),
    pos: new Uint32Array(n),
    exactPos: new Uint32Array(n),
    weight: new Float64Array(n),
    bound: new Float64Array(n),
    blocks: [],
    shift: new Uint8Array(n),
    bySlot: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const f = found[i];
    c.start[i] = c.pos[i] = c.exactPos[i] = segment.offsets[f.local];
    c.end[i] = segment.offsets[f.local + 1];
    c.weight[i] = f.weight;
    c.bound[i] = f.bound;
    const blocks = segment.blockBounds.get(f.local);
    c.blocks.push(blocks ?? Float32Array.of(float32AtLeast(saturate(segment.maxTfTilde[f.local], view.k1))));
    c.shift[i] = blocks ? BLOCK_SHIFT : ONE_BLOCK;
    c.bySlot[f.slot] = i;
  }
  return c;
}

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
  const c = resolveCursors(segment, terms, view);
  if (c === undefined) return;
  const n = c.count;
  const { start, end, pos, exactPos, weight, blocks, shift, bySlot } = c;
  const prefixBound = new Float64Array(n); // sum of bounds of terms [0..i]
  let acc = 0;
  for (let i = 0; i < n; i++) prefixBound[i] = acc += c.bound[i];
  const docs = segment.docs;
  const upper = new Float64Array(WINDOW); // bound accumulated per document of the window
  const marked = new Int32Array(WINDOW >> 5); // which documents of the window have an essential posting

  // Terms [0, firstEssential) are non-essential. `bar` is the threshold less a little slack.
  let bar = exhaustive ? -Infinity : heap.threshold - SLACK * Math.abs(heap.threshold);
  let firstEssential = 0;
  while (firstEssential < n && prefixBound[firstEssential] < bar) firstEssential++;

  while (firstEssential < n) {
    // The window starts at the smallest doc an essential list still holds.
    let from = 0xffffffff;
    for (let i = firstEssential; i < n; i++) if (pos[i] < end[i] && docs[pos[i]] < from) from = docs[pos[i]];
    if (from === 0xffffffff) break;
    for (let i = firstEssential; i < n; i++) {
      const e = end[i];
      const s = start[i];
      const sh = shift[i];
      const w = weight[i];
      const bl = blocks[i];
      let p = pos[i];
      for (; p < e; p++) {
        const r = docs[p] - from;
        if (r >= WINDOW) break;
        upper[r] += w * bl[(p - s) >>> sh];
        marked[r >> 5] |= 1 << (r & 31);
      }
      pos[i] = p;
    }
    const nonEssential = firstEssential > 0 ? prefixBound[firstEssential - 1] : 0;
    for (let m = 0; m < marked.length; m++) {
      let bits = marked[m];
      if (bits === 0) continue;
      marked[m] = 0;
      while (bits !== 0) {
        const r = (m << 5) + 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        let bound = upper[r];
        upper[r] = 0;
        if (bound + nonEssential < bar) continue;
        const doc = from + r;
        // Probe the non-essential terms, largest bound first, while the document can still make it.
        let i = firstEssential - 1;
        for (; i >= 0; i--) {
          if (bound + prefixBound[i] < bar) break;
          const p = (pos[i] = seek(docs, pos[i], end[i], doc));
          if (p < end[i] && docs[p] === doc) bound += weight[i] * blocks[i][(p - start[i]) >>> shift[i]];
        }
        if (i >= 0 || bound < bar) continue;
        if ((!view.allAlive && view.alive[doc] === 0) || (accept !== undefined && !accept(doc))) continue;
        // Exact score, summed in query order.
        let exact = 0;
        for (let s = 0; s < n; s++) {
          const t = bySlot[s];
          const p = (exactPos[t] = seek(docs, exactPos[t], end[t], doc));
          if (p < end[t] && docs[p] === doc) exact += postingScore(segment, p, doc, weight[t], view);
        }
        if (heap.offer(doc, exact) && !exhaustive && heap.full) bar = heap.threshold - SLACK * Math.abs(heap.threshold);
      }
    }
    while (firstEssential < n && prefixBound[firstEssential] < bar) firstEssential++;
  }
}
