import { expandQuery, type ExpandedQuery } from "../bridge/expandQuery.js";
import { relevanceModelTerms } from "../bridge/relevanceFeedback.js";
import { fail, SnapshotError, ValidationError, type Problem } from "../errors/errors.js";
import { MAX_K } from "../postings/inputLimits.js";
import { analyzerProblems } from "../text/analyzerIdentity.js";
import { checkBatchControl, runTimeSliced, type BatchControl } from "./timeSlicedBatch.js";
import { readMatcherSnapshot, writeMatcherSnapshot, type StoredMatcherOptions } from "./matcherSnapshot.js";
import { parseDemand, parseDemands } from "../schema/parseDemand.js";
import { parseResult, parseResults } from "../schema/parseResult.js";
import type { Demand, ResearchResult } from "../schema/types.js";
import { validateBands, type StageBand } from "../stage/stageBands.js";
import { defaultAnalyzer, type Analyzer } from "../text/analyzer.js";
import { BoundedCache } from "../text/boundedCache.js";
import { NO_BRIDGES, resolveBridges, type BridgeOptions, type BridgeSettings } from "./bridgeSettings.js";
import { demandPredicate, resultPredicate } from "./matchFilters.js";
import type { DemandFilter, Match, MatchOptions, ResultFilter } from "./matchTypes.js";
import { rankPartners } from "./rankPartners.js";
import { assessReadiness } from "./readinessAssessment.js";
import { readinessFit, resolveReadinessFit, type ReadinessFitOptions, type ResolvedFit } from "./readinessFit.js";
import { RecordCollection } from "./recordCollection.js";

export interface MatcherOptions {
  /** Analyzer for all text. Default: {@link analyze}. */
  analyzer?: Analyzer;
  /** BM25F field weights of results. Default title 2, keywords 1.5, summary 1. */
  resultWeights?: { title?: number; keywords?: number; summary?: number };
  /** BM25F field weights of demands. Default title 2, description 1. */
  demandWeights?: { title?: number; description?: number };
  /** How readiness shortfalls lower the score. */
  readiness?: ReadinessFitOptions;
  /** Stage bands used to name the stages a gap crosses. */
  stageBands?: readonly StageBand[];
  bridges?: BridgeOptions;
}

/** Options for {@link Matcher.fromSnapshot}: the analyzer is code and is not stored, only its identity. */
export interface MatcherSnapshotOptions {
  /** The analyzer the snapshot was made with (same name, version and settings). Default: the default analyzer. */
  analyzer?: Analyzer;
}

const DEFAULT_K = 10;

/**
 * Holds research results and demands, each in its own BM25F index, and matches them both ways
 * with readiness-aware, explained scores.
 */
export class Matcher {
  private readonly results: RecordCollection<ResearchResult>;
  private readonly demands: RecordCollection<Demand>;
  private readonly analyzer: Analyzer;
  private readonly fit: ResolvedFit;
  private readonly bands?: readonly StageBand[];
  private bridges: BridgeSettings = NO_BRIDGES;
  /** What a snapshot stores: the options as given (plain data, copied), and the bridge options last set. */
  private readonly stored: StoredMatcherOptions;
  /** Bumped by every change, so a time-sliced batch can tell that the matcher changed under it. */
  private revision = 0;
  /** Analysed text of results, for feedback (RM3) only; bounded like the analyzer's word cache. */
  private readonly termsCache = new BoundedCache<string[]>(20_000);

  constructor(options: MatcherOptions = {}) {
    this.analyzer = options.analyzer ?? defaultAnalyzer();
    this.fit = resolveReadinessFit(options.readiness);
    this.bands = options.stageBands === undefined ? undefined : validateBands(options.stageBands, "stageBands");
    const rw = options.resultWeights ?? {};
    const dw = options.demandWeights ?? {};
    this.results = new RecordCollection<ResearchResult>(
      { analyzer: this.analyzer, fields: { title: { weight: rw.title ?? 2 }, keywords: { weight: rw.keywords ?? 1.5 }, summary: { weight: rw.summary ?? 1 } } },
      parseResults,
      (r) => ({ id: r.id, title: r.title, keywords: r.keywords ?? [], summary: r.summary }),
      "result",
    );
    this.demands = new RecordCollection<Demand>(
      { analyzer: this.analyzer, fields: { title: { weight: dw.title ?? 2 }, description: { weight: dw.description ?? 1 } } },
      parseDemands,
      (d) => ({ id: d.id, title: d.title, description: d.description }),
      "demand",
    );
    // Copied once the options are validated (the indexes check the weights), so the copy cannot throw.
    const { resultWeights, demandWeights, readiness, stageBands } = options;
    this.stored = plainCopy({ resultWeights, demandWeights, readiness, stageBands });
    if (options.bridges) this.setBridges(options.bridges);
  }

  /** Replace the bridges used for expansion (an empty object turns them off); throws ValidationError on bad options. */
  setBridges(bridges: BridgeOptions): void {
    this.bridges = resolveBridges(bridges, (text) => this.analyzer.analyze(text));
    this.stored.bridges = bridges;
    this.revision++;
  }

  /**
   * Save everything to bytes: records, both indexes, bridge options (lexicon, learned model, feedback,
   * weights), the other options and the analyzer's identity; CRC-checked. Load with {@link Matcher.fromSnapshot}.
   */
  toSnapshot(): Uint8Array {
    return writeMatcherSnapshot({
      analyzer: this.analyzer,
      options: this.stored,
      results: this.allResults(),
      demands: this.allDemands(),
      resultIndex: this.results.index,
      demandIndex: this.demands.index,
    });
  }

  /**
   * Load a Matcher saved by {@link Matcher.toSnapshot}, without re-analysing any record. Throws SnapshotError on
   * damaged bytes, another format version (`mismatch: "version"`) or another analyzer (`mismatch: "analyzer"`).
   */
  static fromSnapshot(bytes: Uint8Array, options: MatcherSnapshotOptions = {}): Matcher {
    if (typeof options !== "object" || options === null) fail("options", "expected an object", "Matcher.fromSnapshot");
    const analyzer = options.analyzer ?? defaultAnalyzer();
    const problems = analyzerProblems(analyzer, "analyzer");
    if (problems.length > 0) throw new ValidationError(problems, "Matcher.fromSnapshot");
    const parts = readMatcherSnapshot(bytes, analyzer);
    let matcher: Matcher;
    try {
      matcher = new Matcher({ ...parts.options, analyzer });
    } catch (error) {
      if (error instanceof ValidationError) throw new SnapshotError(`matcher snapshot is corrupted: options: ${error.message}`);
      throw error;
    }
    matcher.results.restore(parts.resultIndex, parts.results);
    matcher.demands.restore(parts.demandIndex, parts.demands);
    return matcher;
  }

  get resultCount(): number {
    return this.results.size;
  }
  get demandCount(): number {
    return this.demands.size;
  }

  /** Add research results atomically (all or none); they are validated with `parseResults`. */
  addResults(results: readonly unknown[]): void {
    this.results.add(results);
    this.revision++;
  }
  /** Add demands atomically (all or none); they are validated with `parseDemands`. */
  addDemands(demands: readonly unknown[]): void {
    this.demands.add(demands);
    this.revision++;
  }
  removeResult(id: string): void {
    this.results.remove(id);
    this.revision++;
    this.termsCache.delete(id);
  }
  removeDemand(id: string): void {
    this.demands.remove(id);
    this.revision++;
  }
  updateResult(result: unknown): void {
    this.termsCache.delete(this.results.update(result));
    this.revision++;
  }
  updateDemand(demand: unknown): void {
    this.demands.update(demand);
    this.revision++;
  }
  getResult(id: string): ResearchResult | undefined {
    return this.results.records.get(id);
  }
  getDemand(id: string): Demand | undefined {
    return this.demands.records.get(id);
  }
  /** All stored results, in insertion order. */
  allResults(): ResearchResult[] {
    return [...this.results.records.values()];
  }
  /** All stored demands, in insertion order. */
  allDemands(): Demand[] {
    return [...this.demands.records.values()];
  }

  /** Results for a demand (stored id or an ad-hoc demand), ranked by text relevance x readiness fit. */
  matchDemand(demandOrId: Demand | string, options: MatchOptions<ResultFilter> = {}): Match<ResearchResult>[] {
    const demand = typeof demandOrId === "string" ? this.demands.require(demandOrId) : parseDemand(demandOrId);
    return this.resultsFor(demand, checkMatchOptions(options), resultPredicate(options.filter));
  }

  /** Demands for a result (stored id or an ad-hoc result): who could use it. */
  matchResult(resultOrId: ResearchResult | string, options: MatchOptions<DemandFilter> = {}): Match<Demand>[] {
    const result = typeof resultOrId === "string" ? this.results.require(resultOrId) : parseResult(resultOrId);
    const page = checkMatchOptions(options);
    const query = this.expand(resultText(result), false);
    return this.rank(this.demands, query, page, demandPredicate(options.filter), (d) => [result, d], "result-to-demand");
  }

  /** For every stored demand, its top results: the matchmaking-event batch. Options are checked once. */
  matchAll(options: MatchOptions<ResultFilter> = {}): Map<string, Match<ResearchResult>[]> {
    const page = checkMatchOptions(options);
    const predicate = resultPredicate(options.filter);
    const out = new Map<string, Match<ResearchResult>[]>();
    for (const demand of this.demands.records.values()) out.set(demand.id, this.resultsFor(demand, page, predicate));
    return out;
  }

  /**
   * `matchAll` that keeps a server responsive: it yields to the event loop whenever `sliceMs` (default 20, at
   * most 50) of work has been done, reports progress, and stops on `signal` with an AbortError, changing nothing.
   * A change to the matcher while it runs rejects it (TechbrokerError `CHANGED`). The answers equal `matchAll`'s.
   */
  async matchAllAsync(options: MatchOptions<ResultFilter> & BatchControl = {}): Promise<Map<string, Match<ResearchResult>[]>> {
    if (typeof options !== "object" || options === null) fail("options", "expected an object", "matchAllAsync");
    const { onProgress, signal, sliceMs, ...matchOptions } = options;
    const problems: Problem[] = [];
    const collect = <T>(check: () => T): T | undefined => {
      try {
        return check();
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        problems.push(...error.problems);
        return undefined;
      }
    };
    const page = collect(() => checkMatchOptions(matchOptions));
    const control = collect(() => checkBatchControl({ onProgress, signal, sliceMs }, "matchAllAsync"));
    if (page === undefined || control === undefined) throw new ValidationError(problems, "matchAllAsync");
    const predicate = resultPredicate(matchOptions.filter);
    const demands = [...this.demands.records.values()];
    const lists = await runTimeSliced(demands, (d) => this.resultsFor(d, page, predicate), control, () => this.revision);
    return new Map(demands.map((d, i) => [d.id, lists[i]]));
  }

  private resultsFor(demand: Demand, page: Page, predicate: ((r: ResearchResult) => boolean) | undefined): Match<ResearchResult>[] {
    const query = this.expand(`${demand.title}\n${demand.description}`, true);
    return this.rank(this.results, query, page, predicate, (r) => [r, demand], "demand-to-result");
  }

  /** Rank the records of `collection` for `query`; `pair` names which side is the result and which the demand. */
  private rank<T extends { id: string }>(
    collection: RecordCollection<T>,
    query: ExpandedQuery,
    page: Page,
    predicate: ((item: T) => boolean) | undefined,
    pair: (item: T) => [ResearchResult, Demand],
    direction: Match<T>["direction"],
  ): Match<T>[] {
    const records = collection.records;
    return rankPartners({
      index: collection.index,
      query,
      ...page,
      accept: predicate ? (id) => predicate(records.get(id)!) : undefined,
      item: (id) => records.get(id)!,
      fit: (item) => {
        const [result, demand] = pair(item);
        return readinessFit(result.trl, demand.minTrl, this.fit);
      },
      readiness: (item) => assessReadiness(...pair(item), this.bands),
    }).map((r) => ({ ...r, direction }));
  }

  /** Analyse query text and add bridges; learned bridges and feedback only go demand -> result. */
  private expand(text: string, demandToResult: boolean): ExpandedQuery {
    const terms = this.analyzer.analyze(text);
    const { lexicon, model, feedback, weights } = this.bridges;
    const base = { ...weights, lexicon, model: demandToResult ? model : undefined };
    if (!feedback || !demandToResult || this.results.size === 0) return expandQuery(terms, base);
    const first = expandQuery(terms, base);
    const hits = this.results.index.search(first.query, { k: feedback.docs });
    const exclude = new Set(terms);
    const index = this.results.index;
    const n = Math.max(1, index.size);
    const fb = relevanceModelTerms(hits, (id) => this.resultTerms(id), {
      termWeight: (t) => Math.log(1 + n / (1 + index.docFrequency(t))),
      ...feedback,
      exclude,
    });
    return expandQuery(terms, { ...base, feedback: fb });
  }

  private resultTerms(id: string): string[] {
    let terms = this.termsCache.get(id);
    if (terms === undefined) {
      terms = this.analyzer.analyze(resultText(this.results.require(id)));
      this.termsCache.set(id, terms);
    }
    return terms;
  }
}

/** A copy of plain option data, so a caller changing its object later cannot change what a snapshot records. */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A result's text as a query or as feedback: title, keywords, summary. */
const resultText = (r: ResearchResult): string => `${r.title}\n${(r.keywords ?? []).join("\n")}\n${r.summary}`;

/** Which slice of the ranking to return: `k` matches after skipping `offset`, none below `minScore`. */
interface Page {
  k: number;
  offset: number;
  minScore: number;
}

function checkMatchOptions(options: MatchOptions<unknown>): Page {
  if (typeof options !== "object" || options === null) fail("options", "expected an object", "match");
  const { k = DEFAULT_K, offset = 0, minScore = -Infinity } = options;
  const problems: Problem[] = [];
  const isCount = (x: unknown, min: number): x is number => typeof x === "number" && Number.isInteger(x) && x >= min && x <= MAX_K;
  if (!isCount(k, 1)) problems.push({ path: "k", message: `expected an integer from 1 to ${MAX_K}, got ${String(k)}` });
  if (!isCount(offset, 0)) problems.push({ path: "offset", message: `expected an integer from 0 to ${MAX_K - 1}, got ${String(offset)}` });
  else if (isCount(k, 1) && k + offset > MAX_K) problems.push({ path: "offset", message: `k + offset must be at most ${MAX_K}, got ${k + offset}` });
  if (typeof minScore !== "number" || Number.isNaN(minScore)) problems.push({ path: "minScore", message: "expected a number" });
  if (problems.length > 0) throw new ValidationError(problems, "match");
  return { k: k as number, offset: offset as number, minScore: minScore as number };
}
