import { fail, ValidationError, type Problem } from "../errors/errors.js";
import { idf, saturate } from "../score/bm25f.js";
import { searchSegment, seek, tfTildeAt, type ResolvedTerm } from "../score/maxScore.js";
import { TopK } from "../score/topK.js";
import { defaultAnalyzer, type Analyzer } from "../text/analyzer.js";
import { AnalysedBatch } from "./analysedBatch.js";
import { resolveIndexOptions, type IndexOptions } from "./indexOptions.js";
import { IndexState } from "./indexState.js";
import { checkId, describe, MAX_BATCH_DOCUMENTS, MAX_PROBLEMS, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, type IndexDocument } from "./inputLimits.js";
import { OperationGuard, readCallerValue } from "./operationGuard.js";
import { fieldPath, readDocument, readProperty, type DocumentValues } from "./readDocument.js";
import { validate } from "../validation/checkShape.js";
import { LIMITS } from "../validation/limits.js";
import { custom, integer, object, optional } from "../validation/shapes.js";
import { findTerm } from "./segment.js";
import { checkLoadOptions, readSnapshot, writeSnapshot } from "./snapshot.js";

/** An analysed query term with its weight; bridges and expansions produce these. */
export interface QueryTerm {
  term: string;
  weight: number;
}

/** A query: free text (analysed by the index's analyzer) or already-analysed weighted terms. */
export type Query = string | readonly QueryTerm[];

export interface SearchOptions {
  /** How many hits to return, 1..100000. Default 10. */
  k?: number;
  /** Keep only documents whose id passes. */
  filter?: (id: string) => boolean;
}

export interface SearchHit {
  id: string;
  score: number;
}

/** One query term's part of a document's score, split over the fields where it occurs. */
export interface TermContribution {
  term: string;
  /** This term's summand of the BM25F score. */
  score: number;
  /** The term's score split by field, proportionally to each field's share of tf~. */
  fields: { field: string; tf: number; score: number }[];
}

/**
 * Options for {@link InvertedIndex.fromSnapshot}. Analyzers are code and are not stored, but their identity
 * (name, version, settings) is: pass the analyzers the index was built with, or get a SnapshotError.
 */
export interface SnapshotLoadOptions {
  analyzer?: Analyzer;
  fieldAnalyzers?: Record<string, Analyzer>;
}

const BULK_FREEZE_POSTINGS = 100_000;
/** Largest weight of one query term: far above any real use, low enough that sums of scores stay finite. */
const MAX_QUERY_WEIGHT = 1e12;

/**
 * A BM25F inverted index over typed-array postings, with exact top-k search (MaxScore pruning),
 * removal, compaction and snapshots.
 */
export class InvertedIndex {
  private state: IndexState;
  private guard = new OperationGuard();

  constructor(options: IndexOptions) {
    this.state = new IndexState(readCallerValue(() => resolveIndexOptions(options, defaultAnalyzer()), "options", "InvertedIndex options"));
  }

  /** Number of live documents. */
  get size(): number {
    return this.state.docs.liveCount;
  }

  /** BM25's term-frequency saturation parameter of this index. */
  get k1(): number {
    return this.state.options.k1;
  }

  /** The indexed field names, in order. */
  get fieldNames(): readonly string[] {
    return this.state.options.fieldNames;
  }

  /** Whether a document with this id is indexed. */
  has(id: string): boolean {
    return typeof id === "string" && this.state.docs.byId.has(id);
  }

  /** Number of live documents that contain `term` (an analysed term). */
  docFrequency(term: string): number {
    return this.state.dict.docFrequency(this.state.dict.lookup(term));
  }

  /** Add one document. Throws ValidationError (and changes nothing) on a bad or duplicate document. */
  // Generic so that object literals with text fields and a user's own interfaces are both accepted.
  add<D extends IndexDocument>(doc: D): void {
    this.guard.write("add", () => this.addBatch(readCallerValue(() => this.readBatch([doc], "add"), "doc", "add"), "add"));
  }

  /** Add many documents atomically: either all are added or, on any problem, none. */
  addAll<D extends IndexDocument>(docs: readonly D[]): void {
    this.guard.write("addAll", () => this.addBatch(readCallerValue(() => this.readBatch(docs, "addAll"), "docs", "addAll"), "addAll"));
  }

  /**
   * Read and check every document once (see readDocument), duplicates included. `add` reports paths
   * without `[i]`. Nothing is written here, so a getter or Proxy that throws leaves the index as it was.
   */
  private readBatch(docs: unknown, context: "add" | "addAll"): DocumentValues[] {
    if (!Array.isArray(docs)) fail("docs", `expected an array, got ${describe(docs)}`, context);
    const count: number = docs.length;
    if (count > MAX_BATCH_DOCUMENTS) fail("docs", `more than ${MAX_BATCH_DOCUMENTS} documents in one batch`, context);
    const single = context === "add";
    const problems: Problem[] = [];
    const seen = new Set<string>();
    const values: DocumentValues[] = [];
    for (let i = 0; i < count && problems.length < MAX_PROBLEMS; i++) {
      const at = single ? "" : `[${i}]`;
      const doc = readDocument(docs[i], this.state.options.fieldNames, at, problems);
      if (doc === undefined) continue;
      if (this.state.docs.byId.has(doc.id)) problems.push({ path: fieldPath(at, "id"), message: `duplicate id "${doc.id}"` });
      else if (seen.has(doc.id)) problems.push({ path: fieldPath(at, "id"), message: `duplicate id "${doc.id}" within the batch` });
      seen.add(doc.id);
      values.push(doc);
    }
    if (problems.length > 0) throw new ValidationError(problems, context);
    return values;
  }

  /** Write checked documents. Analyse everything before inserting anything: an analyzer that throws leaves the index as it was. */
  private addBatch(docs: readonly DocumentValues[], context: "add" | "addAll"): void {
    const batch = this.analyzeDocuments(docs, context);
    this.state.pending.reserve(batch.ids.length, this.state.fieldCount);
    for (let i = 0; i < docs.length; i++) this.state.addAnalyzed(docs[i].id, batch, i);
    // A bulk load is a natural commit point: freezing now releases the pending buffers, and the
    // document table is trimmed to size (not at every freeze: add-then-search would copy it each time).
    if (this.state.pending.count > BULK_FREEZE_POSTINGS) {
      this.state.freeze();
      this.state.docs.trim();
    }
  }

  /** Remove a document by id. Throws ValidationError for an unknown id. */
  remove(id: string): void {
    this.guard.write("remove", () => {
      this.state.removeDoc(this.internalId(id, "remove"));
      this.state.compactIfMostlyDead();
    });
  }

  /** Replace a stored document (same id) atomically. */
  update<D extends IndexDocument>(doc: D): void {
    this.guard.write("update", () => {
      const [values] = readCallerValue(() => this.readUpdate(doc), "doc", "update");
      const internal = this.internalId(values.id, "update");
      const batch = this.analyzeDocuments([values], "update");
      this.state.removeDoc(internal);
      this.state.addAnalyzed(values.id, batch, 0);
      this.state.compactIfMostlyDead();
    });
  }

  private readUpdate(doc: unknown): DocumentValues[] {
    const problems: Problem[] = [];
    const values = readDocument(doc, this.state.options.fieldNames, "", problems);
    if (values === undefined) throw new ValidationError(problems, "update");
    return [values];
  }

  /** Drop removed documents and unused terms now, renumbering internally. Results do not change. */
  compact(): void {
    this.guard.write("compact", () => this.state.compact());
  }

  /** Ranked BM25F top-k, ties broken by ascending id. */
  search(query: Query, options: SearchOptions = {}): SearchHit[] {
    return this.guard.read("search", () => this.run(query, options, false));
  }

  /** Same as `search` but scores every matching document: the reference that pruning must equal. */
  searchExhaustive(query: Query, options: SearchOptions = {}): SearchHit[] {
    return this.guard.read("searchExhaustive", () => this.run(query, options, true));
  }

  /** Per-term, per-field breakdown of a document's score for a query. */
  explainScore(id: string, query: Query): TermContribution[] {
    return this.guard.read("explainScore", () => this.explain(id, query));
  }

  private explain(id: string, query: Query): TermContribution[] {
    const doc = this.internalId(id, "explainScore");
    const { state } = this;
    state.freeze();
    const view = state.view();
    const F = state.fieldCount;
    const out: TermContribution[] = [];
    for (const t of this.resolve(query)) {
      for (const seg of state.segments) {
        const local = findTerm(seg, t.termId);
        if (local < 0) continue;
        const end = seg.offsets[local + 1];
        const p = seek(seg.docs, seg.offsets[local], end, doc);
        if (p >= end || seg.docs[p] !== doc) continue;
        // The same arithmetic as searchSegment's postingScore, keeping tf~ for the per-field split.
        const tilde = tfTildeAt(seg, p, doc, view);
        const score = t.weight * saturate(tilde, view.k1);
        const fields = [];
        for (let f = 0; f < F; f++) {
          const tf = seg.tfs[p * F + f];
          if (tf > 0) fields.push({ field: state.options.fieldNames[f], tf, score: (score * tf * view.factors[doc * F + f]) / tilde });
        }
        out.push({ term: state.dict.terms[t.termId], score, fields });
        break; // a document's postings live in one segment
      }
    }
    return out;
  }

  /** Serialize to bytes with a format version and a CRC-32. Compacts first. */
  toSnapshot(): Uint8Array {
    return this.guard.write("toSnapshot", () => {
      this.state.compact();
      return writeSnapshot(this.state);
    });
  }

  /**
   * Load an index from `toSnapshot` bytes. Throws SnapshotError on truncated, corrupted or foreign bytes,
   * ValidationError on bad options.
   */
  static fromSnapshot(bytes: Uint8Array, options: SnapshotLoadOptions = {}): InvertedIndex {
    const { analyzer, fieldAnalyzers } = readCallerValue(() => checkLoadOptions(options), "options", "fromSnapshot");
    const index = Object.create(InvertedIndex.prototype) as InvertedIndex;
    index.state = readSnapshot(bytes, analyzer ?? defaultAnalyzer(), fieldAnalyzers);
    index.guard = new OperationGuard();
    return index;
  }

  private run(query: Query, options: SearchOptions, exhaustive: boolean): SearchHit[] {
    const { k, filter } = readCallerValue(() => checkSearchOptions(options), "options", "search");
    const terms = this.resolve(query);
    const { state } = this;
    if (terms.length === 0 || state.docs.liveCount === 0) return [];
    state.freeze();
    const view = state.view();
    const ids = state.docs.ids;
    const heap = new TopK(Math.min(k, state.docs.liveCount), (a, b) => ids[a] < ids[b]);
    const accept = filter ? (doc: number) => filter(ids[doc]) === true : undefined;
    for (const seg of state.segments) searchSegment(seg, terms, view, heap, accept, exhaustive);
    return heap.sorted().map((h) => ({ id: ids[h.doc], score: h.score }));
  }

  /** Analyse and merge the query into terms present in the index, weighted by idf. */
  private resolve(query: Query): ResolvedTerm[] {
    const weights = new Map<string, number>();
    if (typeof query === "string") {
      if (query.length > MAX_QUERY_LENGTH) fail("query", `text longer than ${MAX_QUERY_LENGTH} characters`);
      const terms: unknown = this.state.options.analyzer.analyze(query);
      if (!Array.isArray(terms)) fail("analyzer", `expected the analyzer to return an array of terms, got ${describe(terms)}`, "search");
      for (const term of terms) if (typeof term === "string") weights.set(term, (weights.get(term) ?? 0) + 1);
    } else readCallerValue(() => readQueryTerms(query, weights), "query", "search");
    const { dict, docs } = this.state;
    const out: ResolvedTerm[] = [];
    for (const [term, weight] of weights) {
      const termId = dict.lookup(term);
      const df = dict.docFrequency(termId);
      if (df === 0 || weight === 0) continue;
      out.push({ termId, weight: weight * idf(docs.liveCount, df) });
      if (out.length === MAX_QUERY_TERMS) break;
    }
    return out;
  }

  private internalId(id: string, context: string): number {
    const problem = checkId(id, "id");
    if (problem) throw new ValidationError([problem], context);
    const doc = this.state.docs.byId.get(id);
    if (doc === undefined) fail("id", `unknown id "${id}"`, context);
    return doc;
  }

  /** Term ids of checked documents, interned into the index's dictionary. */
  private analyzeDocuments(docs: readonly DocumentValues[], context: string): AnalysedBatch {
    const { fieldNames, fieldAnalyzers } = this.state.options;
    const batch = new AnalysedBatch(this.state.dict, fieldAnalyzers, fieldNames, context);
    for (const doc of docs) for (let f = 0; f < fieldNames.length; f++) batch.addField(f, doc.fields[f]);
    return batch;
  }
}

/** Merge weighted query terms into `weights`, reading each item once; throws ValidationError listing bad items. */
function readQueryTerms(query: unknown, weights: Map<string, number>): void {
  if (!Array.isArray(query)) fail("query", `expected string or QueryTerm[], got ${describe(query)}`, "search");
  const n: number = query.length;
  if (n > MAX_QUERY_LENGTH) fail("query", `more than ${MAX_QUERY_LENGTH} terms`, "search");
  const problems: Problem[] = [];
  for (let i = 0; i < n && problems.length < MAX_PROBLEMS; i++) {
    const q: unknown = query[i];
    const term = typeof q === "object" && q !== null ? readProperty(q, "term") : undefined;
    const weight = typeof q === "object" && q !== null ? readProperty(q, "weight") : undefined;
    if (typeof term !== "string") problems.push({ path: `query[${i}].term`, message: "expected string" });
    else if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0 || weight > MAX_QUERY_WEIGHT)
      problems.push({ path: `query[${i}].weight`, message: `expected a finite number from 0 to ${MAX_QUERY_WEIGHT}` });
    else weights.set(term, (weights.get(term) ?? 0) + weight);
  }
  if (problems.length > 0) throw new ValidationError(problems, "search");
}

/** The description of {@link SearchOptions}. */
const searchOptionsShape = object({
  k: optional(integer(1, LIMITS.searchK)),
  filter: optional(custom("a function", (x): x is (id: string) => boolean => typeof x === "function")),
});

function checkSearchOptions(options: unknown): { k: number; filter?: (id: string) => boolean } {
  const { k = 10, filter } = validate(searchOptionsShape, options, { context: "search" });
  return { k, filter };
}
