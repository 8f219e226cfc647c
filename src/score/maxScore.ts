// Document-at-a-time top-k retrieval with MaxScore dynamic pruning (Turtle & Flood, 1995).
// Query terms are sorted by their upper-bound contribution; the low-bound prefix whose bounds
// together cannot lift a document over the current top-k threshold is "non-essential": such
// terms never start a candidate, and are only probed (with galloping skips) for candidates that
// can still make it. Scores are summed in query order at the end, so pruned and exhaustive
// search return bit-identical scores and therefore the same top-k.

import { saturate } from "./bm25f.js";
import type { TopK } from "./topK.js";
import { BLOCK_SIZE, findTerm, type Segment } from "./segmentView.js";

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

/** The list-wide max tf~ of a local term, and its block maxima in the same pass; cached per stats stamp. */
function maxTfTilde(segment: Segment, local: number, view: ScoringView): number {
  if (segment.boundStamp[local] === view.stamp) return segment.maxTfTilde[local];
  const start = segment.offsets[local];
  const end = segment.offsets[local + 1];
  const blocks = segment.blockMaxTfTilde;
  const base = segment.blockBase[local];
  const hasBlocks = segment.blockBase[local + 1] > base;
  let max = 0;
  let blockMax = 0;
  for (let p = start; p < end; p++) {
    const doc = segment.docs[p];
    if (view.alive[doc] !== 0) {
      const v = tfTildeAt(segment, p, doc, view);
      if (v > blockMax) blockMax = v;
    }
    if (hasBlocks && ((p - start + 1) % BLOCK_SIZE === 0 || p + 1 === end)) {
      blocks[base + Math.floor((p - start) / BLOCK_SIZE)] = blockMax;
      if (blockMax > max) max = blockMax;
      blockMax = 0;
    }
  }
  if (!hasBlocks) max = blockMax;
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

/** A query term's position in its posting list, with its list-wide bound and its block cursor. */
interface Cursor {
  pos: number;
  readonly end: number;
  readonly weight: number;
  /** Order of summation (query order), so scores are bit-identical to exhaustive search. */
  readonly slot: number;
  readonly bound: number;
  readonly start: number;
  readonly blockBase: number;
  /** Number of blocks; 0 for a short list, which keeps its list-wide bound. */
  readonly blocks: number;
  /** Current block, relative to blockBase; only moves forward. */
  block: number;
}

const NO_SKIP = -1;
/** The block check backs off to at most every 16th candidate while it keeps failing. */
const MAX_CHECK_INTERVAL = 16;

/**
 * The sum over all query terms of the bound of the block that may hold `doc`. If it stays below
 * `bar`, returns the last doc id up to which the same blocks (or gaps between blocks, bound 0)
 * apply, so the caller can skip to the doc after it (0xffffffff: every list is past its blocks);
 * otherwise NO_SKIP. Block cursors move forward only, so a query costs O(blocks) here in total.
 */
function blockBoundUpTo(cur: Cursor[], doc: number, docs: Uint32Array, k1: number, blockMax: Float64Array, bar: number): number {
  let sum = 0;
  let last = 0xffffffff;
  // Largest bounds first (cursors are sorted by bound, ascending): a sum that reaches the bar is
  // usually known after a few terms, which keeps the check cheap on long queries.
  for (let i = cur.length - 1; i >= 0; i--) {
    const c = cur[i];
    if (c.blocks === 0) {
      sum += c.bound;
      continue;
    }
    while (c.block < c.blocks && docs[Math.min(c.start + (c.block + 1) * BLOCK_SIZE, c.end) - 1] < doc) c.block++;
    if (c.block === c.blocks) continue; // this list ends before doc: it adds nothing from here on
    const first = docs[c.start + c.block * BLOCK_SIZE];
    if (first > doc) {
      if (first - 1 < last) last = first - 1; // doc falls in the gap before this block
      continue;
    }
    sum += c.weight * saturate(blockMax[c.blockBase + c.block], k1);
    if (sum >= bar) return NO_SKIP;
    const blockLast = docs[Math.min(c.start + (c.block + 1) * BLOCK_SIZE, c.end) - 1];
    if (blockLast < last) last = blockLast;
  }
  return sum < bar ? last : NO_SKIP;
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
  // Resolve terms present in this segment, with their bounds; `slot` is the query order of summation.
  const cur: Cursor[] = [];
  let blocked = false;
  for (const t of terms) {
    const local = findTerm(segment, t.termId);
    if (local < 0) continue;
    const bound = t.weight * saturate(maxTfTilde(segment, local, view), view.k1);
    const start = segment.offsets[local];
    const blockBase = segment.blockBase[local];
    const blocks = segment.blockBase[local + 1] - blockBase;
    if (blocks > 0) blocked = true;
    cur.push({ pos: start, end: segment.offsets[local + 1], weight: t.weight, slot: cur.length, bound, start, blockBase, blocks, block: 0 });
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
  let checkEvery = 1;
  let untilCheck = 0;
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
    if (blocked && bar > -Infinity && --untilCheck <= 0) {
      // Block-max skip: if the blocks that hold `doc` cannot reach the bar, no doc up to the
      // first block boundary can either; move every essential cursor past it.
      const last = blockBoundUpTo(cur, doc, docs, view.k1, segment.blockMaxTfTilde, bar);
      if (last !== NO_SKIP) {
        checkEvery = 1;
        untilCheck = 0;
        if (last === 0xffffffff) break;
        for (let i = firstEssential; i < n; i++) cur[i].pos = seek(docs, cur[i].pos, cur[i].end, last + 1);
        continue;
      }
      // On long queries most candidates pass the check: back off (it never changes the result, only
      // how often a skip is tried), and try every candidate again after the next successful skip.
      checkEvery = Math.min(2 * checkEvery, MAX_CHECK_INTERVAL);
      untilCheck = checkEvery;
    }
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
