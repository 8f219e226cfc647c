// The mutable core of an InvertedIndex, kept apart from its validating public API so that
// snapshots and compaction can work on it directly. Nothing here validates input: callers do.

import type { AnalysedBatch } from "./analysedBatch.js";
import { DocTable } from "./docTable.js";
import { ForwardLists } from "./forwardLists.js";
import { GrowableArray } from "./growableArray.js";
import { freezePending, mergeSegments, PendingPostings, type Segment } from "./segment.js";
import { TermDictionary } from "./termDictionary.js";
import { fieldFactor } from "../score/bm25f.js";
import type { ResolvedOptions } from "./indexOptions.js";
import type { ScoringView } from "../score/maxScore.js";

/** Share of dead document slots above which the index compacts itself. */
const DEAD_FRACTION_TO_COMPACT = 0.25;

export class IndexState {
  readonly options: ResolvedOptions;
  readonly fieldCount: number;
  dict = new TermDictionary();
  docs: DocTable;
  segments: Segment[] = [];
  readonly pending = new PendingPostings();
  /** Doc -> term ids, built on the first removal (see ForwardLists). */
  private forward: ForwardLists | undefined;
  /** Bumped on every change to N, df or lengths; keys cached bounds and factors. */
  stamp = 1;
  private factors = new Float64Array(0);
  private factorsStamp = 0;
  // Scratch for counting a document's term frequencies without a Map per document.
  private slotOf = new Int32Array(0);
  private readonly localTerms = new GrowableArray(Uint32Array, 256);
  private readonly localTfs = new GrowableArray(Uint32Array, 256);

  constructor(options: ResolvedOptions) {
    this.options = options;
    this.fieldCount = options.fieldNames.length;
    this.docs = new DocTable(this.fieldCount);
  }

  /**
   * Add document `d` of an analysed batch under `id`. Its terms were interned into `this.dict` by
   * the batch (a term interned by a batch that was then rejected keeps df 0: invisible to search
   * and dropped by the next compaction).
   */
  addAnalyzed(id: string, batch: AnalysedBatch, d: number): void {
    const F = this.fieldCount;
    const { dict, localTerms, localTfs } = this;
    if (dict.count > this.slotOf.length) this.growSlots(dict.count);
    localTerms.clear();
    localTfs.clear();
    const ids = batch.ids.data;
    const bounds = batch.bounds.data;
    const lengths: number[] = [];
    for (let f = 0; f < F; f++) {
      const from = bounds[d * F + f];
      const to = bounds[d * F + f + 1];
      lengths.push(to - from);
      for (let p = from; p < to; p++) {
        const t = ids[p];
        let slot = this.slotOf[t];
        if (slot < 0) {
          slot = localTerms.length;
          this.slotOf[t] = slot;
          localTerms.push(t);
          localTfs.extend(F);
        }
        localTfs.data[slot * F + f]++;
      }
    }
    const doc = this.docs.slotCount;
    const termIds = localTerms.data.subarray(0, localTerms.length);
    for (let i = 0; i < termIds.length; i++) {
      const t = termIds[i];
      this.slotOf[t] = -1;
      dict.df.data[t]++;
      this.pending.termIds.push(t);
      this.pending.docs.push(doc);
      for (let f = 0; f < F; f++) this.pending.tfs.push(localTfs.data[i * F + f]);
    }
    this.docs.append(id, lengths);
    this.forward?.append(termIds);
    this.stamp++;
  }

  private growSlots(count: number): void {
    const next = new Int32Array(Math.max(count, this.slotOf.length * 2, 1024)).fill(-1);
    next.set(this.slotOf);
    this.slotOf = next;
  }

  /** Remove a live document by internal id. */
  removeDoc(doc: number): void {
    if (this.forward === undefined) {
      this.freeze();
      this.forward = ForwardLists.fromSegments(this.segments, this.docs.slotCount);
    }
    const termIds = this.forward.termsOf(doc);
    this.docs.kill(doc);
    for (let i = 0; i < termIds.length; i++) this.dict.df.data[termIds[i]]--;
    this.stamp++;
  }

  /**
   * Compact once over a quarter of the document slots are dead, whichever operation left them
   * (remove or update), so space is reclaimed without the caller asking.
   */
  compactIfMostlyDead(): void {
    const dead = this.docs.slotCount - this.docs.liveCount;
    if (dead > 64 && dead > this.docs.slotCount * DEAD_FRACTION_TO_COMPACT) this.compact();
  }

  /** Freeze pending postings into a segment, then merge segments like a binary counter. */
  freeze(): void {
    if (this.pending.count === 0) return;
    this.segments.push(freezePending(this.pending, this.fieldCount, this.dict.count));
    this.pending.clear();
    const alive = this.docs.alive.data;
    while (this.segments.length >= 2) {
      const last = this.segments[this.segments.length - 1];
      const prev = this.segments[this.segments.length - 2];
      if (last.docs.length * 2 < prev.docs.length) break;
      this.segments.splice(-2, 2, mergeSegments([prev, last], this.fieldCount, { keepDoc: (d) => alive[d] === 1 }));
    }
  }

  /** Renumber live documents and terms densely and drop everything dead. Results do not change. */
  compact(): void {
    this.freeze();
    const old = this.docs;
    const docMap = new Int32Array(old.slotCount).fill(-1);
    const fresh = new DocTable(this.fieldCount);
    const termMap = new Int32Array(this.dict.count).fill(-1);
    const dict = new TermDictionary();
    for (let t = 0; t < this.dict.count; t++) {
      if (this.dict.df.data[t] === 0) continue;
      termMap[t] = dict.internTrusted(this.dict.terms[t]);
      dict.df.data[termMap[t]] = this.dict.df.data[t];
    }
    const F = this.fieldCount;
    for (let d = 0; d < old.slotCount; d++) {
      if (old.alive.data[d] === 0) continue;
      docMap[d] = fresh.append(old.ids[d], old.lengths.data.subarray(d * F, d * F + F));
    }
    const alive = old.alive.data;
    this.segments =
      this.segments.length === 0 ? [] : [mergeSegments(this.segments, F, { keepDoc: (d) => alive[d] === 1, docMap, termMap })];
    this.docs = fresh;
    this.dict = dict;
    this.slotOf = new Int32Array(0);
    this.forward = undefined;
    this.stamp++;
  }

  /** The scoring view, with per-document field factors recomputed if stats changed. */
  view(): ScoringView {
    const F = this.fieldCount;
    const n = this.docs.slotCount;
    if (this.factorsStamp !== this.stamp || this.factors.length < n * F) {
      if (this.factors.length < n * F) this.factors = new Float64Array(Math.ceil(n * 1.25) * F);
      const lengths = this.docs.lengths.data;
      for (let f = 0; f < F; f++) {
        const avg = this.docs.averageLength(f);
        const field = this.options.fields[f];
        for (let d = 0; d < n; d++) this.factors[d * F + f] = fieldFactor(field, lengths[d * F + f], avg);
      }
      this.factorsStamp = this.stamp;
    }
    return { fieldCount: F, k1: this.options.k1, factors: this.factors, alive: this.docs.alive.data, allAlive: this.docs.liveCount === n, stamp: this.stamp };
  }
}
