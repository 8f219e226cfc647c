import { fail, ValidationError, type Problem } from "../errors/errors.js";
import { idf, saturate } from "../score/bm25f.js";
import { searchSegment, seek, tfTildeAt, type ResolvedTerm } from "../score/maxScore.js";
import { TopK } from "../score/topK.js";
import { defaultAnalyzer, type Analyzer } from "../text/analyzer.js";
import { analyzerProblems } from "../text/analyzerIdentity.js";
import { AnalysedBatch } from "./analysedBatch.js";
import { resolveIndexOptions, type IndexOptions } from "./indexOptions.js";
import { IndexState } from "./indexState.js";
import { checkFieldValue, checkId, describe, MAX_QUERY_LENGTH, MAX_QUERY_TERMS, type IndexDocument } from "./inputLimits.js";
import { validate } from "../validation/checkShape.js";
import { LIMITS } from "../validation/limits.js";
import { custom, integer, object, optional } from "../validation/shapes.js";
import { findTerm } from "./segment.js";
import { readSnapshot, writeSnapshot } from "./snapshot.js";

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

/**
 * A BM25F inverted index over typed-array postings, with exact top-k search (MaxScore pruning),
 * removal, compaction and snapshots.
 */
export class InvertedIndex {
  private state: IndexState;

  constructor(options: IndexOptions) {
    this.state = new IndexState(resolveIndexOptions(options, defaultAnalyzer()));
  }

  /** Number of live documents. */
  get size(): number {
    return this.state.docs.liveCount;
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
    this.addBatch([doc], "add");
  }

  /** Add many documents atomically: either all are added or, on any problem, none. */
  addAll<D extends IndexDocument>(docs: readonly D[]): void {
    this.addBatch(docs, "addAll");
  }

  /** Validate everything first, then write: a rejected batch changes nothing. `add` reports paths without `[i]`. */
  private addBatch(docs: readonly IndexDocument[], context: "add" | "addAll"): void {
    if (!Array.isArray(docs)) fail("docs", `expected an array, got ${describe(docs)}`, context);
    const single = context === "add";
    const problems: Problem[] = [];
    const seen = new Set<string>();
    docs.forEach((doc, i) => {
      const at = single ? "" : `[${i}]`;
      this.checkDocument(doc, at, problems);
      const id = (doc as IndexDocument | undefined)?.id;
      if (typeof id === "string") {
        if (this.state.docs.byId.has(id)) problems.push({ path: fieldPath(at, "id"), message: `duplicate id "${id}"` });
        else if (seen.has(id)) problems.push({ path: fieldPath(at, "id"), message: `duplicate id "${id}" within the batch` });
        seen.add(id);
      }
    });
    if (problems.length > 0) throw new ValidationError(problems, context);
    // Analyse everything before inserting anything: an analyzer that throws leaves the index as it was.
    const batch = this.analyzeDocuments(docs);
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
    this.state.removeDoc(this.internalId(id, "remove"));
    this.state.compactIfMostlyDead();
  }

  /** Replace a stored document (same id) atomically. */
  update<D extends IndexDocument>(doc: D): void {
    const problems: Problem[] = [];
    this.checkDocument(doc, "", problems);
    if (problems.length > 0) throw new ValidationError(problems, "update");
    const internal = this.internalId(doc.id, "update");
    const batch = this.analyzeDocuments([doc]);
    this.state.removeDoc(internal);
    this.state.addAnalyzed(doc.id, batch, 0);
    this.state.compactIfMostlyDead();
  }

  /** Drop removed documents and unused terms now, renumbering internally. Results do not change. */
  compact(): void {
    this.state.compact();
  }

  /** Ranked BM25F top-k, ties broken by ascending id. */
  search(query: Query, options: SearchOptions = {}): SearchHit[] {
    return this.run(query, options, false);
  }

  /** Same as `search` but scores every matching document: the reference that pruning must equal. */
  searchExhaustive(query: Query, options: SearchOptions = {}): SearchHit[] {
    return this.run(query, options, true);
  }

  /** Per-term, per-field breakdown of a document's score for a query. */
  explainScore(id: string, query: Query): TermContribution[] {
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
    this.state.compact();
    return writeSnapshot(this.state);
  }

  /** Load an index from `toSnapshot` bytes. Throws SnapshotError on truncated, corrupted or foreign bytes. */
  static fromSnapshot(bytes: Uint8Array, options: SnapshotLoadOptions = {}): InvertedIndex {
    checkLoadOptions(options);
    const index = Object.create(InvertedIndex.prototype) as InvertedIndex;
    index.state = readSnapshot(bytes, options.analyzer ?? defaultAnalyzer(), options.fieldAnalyzers ?? {});
    return index;
  }

  private run(query: Query, options: SearchOptions, exhaustive: boolean): SearchHit[] {
    const { k, filter } = checkSearchOptions(options);
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
      for (const term of this.state.options.analyzer.analyze(query)) weights.set(term, (weights.get(term) ?? 0) + 1);
    } else if (Array.isArray(query)) {
      const problems: Problem[] = [];
      query.forEach((q: QueryTerm, i) => {
        if (typeof q !== "object" || q === null || typeof q.term !== "string") problems.push({ path: `query[${i}].term`, message: "expected string" });
        else if (typeof q.weight !== "number" || !Number.isFinite(q.weight) || q.weight < 0)
          problems.push({ path: `query[${i}].weight`, message: "expected a finite number >= 0" });
        else weights.set(q.term, (weights.get(q.term) ?? 0) + q.weight);
      });
      if (problems.length > 0) throw new ValidationError(problems, "search");
    } else fail("query", `expected string or QueryTerm[], got ${describe(query)}`, "search");
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

  private checkDocument(doc: unknown, at: string, problems: Problem[]): void {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
      problems.push({ path: at || "doc", message: `expected an object, got ${describe(doc)}` });
      return;
    }
    const record = doc as Record<string, unknown>;
    const idProblem = checkId(record.id, fieldPath(at, "id"));
    if (idProblem) problems.push(idProblem);
    for (const name of this.state.options.fieldNames) checkFieldValue(record[name], fieldPath(at, name), problems);
  }

  /** Term ids of validated documents, interned into the index's dictionary. */
  private analyzeDocuments(docs: readonly IndexDocument[]): AnalysedBatch {
    const { fieldNames, fieldAnalyzers } = this.state.options;
    const batch = new AnalysedBatch(this.state.dict, fieldAnalyzers);
    for (const doc of docs) {
      const record = doc as unknown as Record<string, string | readonly string[] | undefined>;
      for (let f = 0; f < fieldNames.length; f++) batch.addField(f, record[fieldNames[f]]);
    }
    return batch;
  }
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

/** Bad load options are the caller's mistake (ValidationError), not a damaged snapshot. */
function checkLoadOptions(options: SnapshotLoadOptions): void {
  if (typeof options !== "object" || options === null) fail("options", `expected an object, got ${describe(options)}`, "fromSnapshot");
  const problems: Problem[] = options.analyzer === undefined ? [] : analyzerProblems(options.analyzer, "analyzer");
  const fieldAnalyzers: unknown = options.fieldAnalyzers;
  if (fieldAnalyzers !== undefined) {
    if (typeof fieldAnalyzers !== "object" || fieldAnalyzers === null) problems.push({ path: "fieldAnalyzers", message: "expected an object" });
    else for (const [name, a] of Object.entries(fieldAnalyzers)) problems.push(...analyzerProblems(a, `fieldAnalyzers.${name}`));
  }
  if (problems.length > 0) throw new ValidationError(problems, "fromSnapshot");
}

/** `[3].title` inside a batch, `title` for a single document. */
const fieldPath = (at: string, name: string): string => (at ? `${at}.${name}` : name);
