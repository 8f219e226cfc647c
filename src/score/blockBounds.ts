// Upper bounds of a term's contribution, per posting list and per block of postings (block-max metadata,
// Ding and Suel 2011; Chakrabarti et al. 2011). Both depend on the index statistics (average field lengths,
// live documents), so they are computed lazily, in one pass over the list, and cached per segment until the
// statistics stamp changes: they are exact after any add, removal, update or compaction, and snapshots do
// not store them (a loaded index recomputes them on its first queries). Only lists longer than
// BLOCKED_LIST_MIN get blocks; shorter lists are bounded by their list maximum alone.

import { saturate } from "./bm25f.js";
import type { Segment } from "./segmentView.js";
import type { ScoringView } from "./postingScore.js";
import { tfTildeAt } from "./postingScore.js";

/** Postings per block, as a shift: blocks of 16 postings (measured against 32 and 64: tighter bounds pay). */
export const BLOCK_SHIFT = 4;
const BLOCK_SIZE = 1 << BLOCK_SHIFT;
/** Lists of at most this many postings are bounded by their list maximum only. */
export const BLOCKED_LIST_MIN = 256;

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** The smallest float32 >= x, for x >= 0: a stored bound must never be below the value it bounds. */
export function float32AtLeast(x: number): number {
  f32[0] = x;
  if (f32[0] < x) f32Bits[0]++;
  return f32[0];
}

/**
 * Refresh the cached bounds of local term `local` if the statistics changed: the max tf~ over live postings
 * (`segment.maxTfTilde`) and, for long lists, the saturated max tf~ of each block (`segment.blockBounds`).
 */
export function refreshTermBounds(segment: Segment, local: number, view: ScoringView): void {
  if (segment.boundStamp[local] === view.stamp) return;
  const start = segment.offsets[local];
  const end = segment.offsets[local + 1];
  const blocked = end - start > BLOCKED_LIST_MIN;
  const blocks = blocked ? (segment.blockBounds.get(local) ?? new Float32Array((end - start + BLOCK_SIZE - 1) >> BLOCK_SHIFT)) : undefined;
  let max = 0;
  for (let b = start, i = 0; b < end; b += BLOCK_SIZE, i++) {
    const blockEnd = Math.min(end, b + BLOCK_SIZE);
    let blockMax = 0;
    for (let p = b; p < blockEnd; p++) {
      const doc = segment.docs[p];
      if (!view.allAlive && view.alive[doc] === 0) continue;
      const v = tfTildeAt(segment, p, doc, view);
      if (v > blockMax) blockMax = v;
    }
    if (blocks !== undefined) blocks[i] = float32AtLeast(saturate(blockMax, view.k1));
    if (blockMax > max) max = blockMax;
  }
  if (blocks !== undefined) segment.blockBounds.set(local, blocks);
  segment.maxTfTilde[local] = max;
  segment.boundStamp[local] = view.stamp;
}
