import { expandQuery, type ExpandedQuery } from "../bridge/expandQuery.js";
import { relevanceModelTerms } from "../bridge/relevanceFeedback.js";
import { parseDemand } from "../schema/parseDemand.js";
import { parseResult } from "../schema/parseResult.js";
import { demandListShape, demandShape, resultListShape, resultShape } from "../schema/recordShapes.js";
import type { Demand, ResearchResult } from "../schema/types.js";
import { validateBands, type StageBand } from "../stage/stageBands.js";
import { defaultAnalyzer, type Analyzer } from "../text/analyzer.js";
import { BoundedCache } from "../text/boundedCache.js";
import { NO_BRIDGES, resolveBridges, type BridgeOptions, type BridgeSettings } from "./bridgeSettings.js";
import { demandPredicate, resultPredicate } from "./matchFilters.js";
import { checkDemandMatchOptions, checkResultMatchOptions } from "./matchOptions.js";
import type { DemandFilter, Match, MatchOptions, ResultFilter } from "./matchTypes.js";
import { rankPartners } from "./rankPartners.js";
import { assessReadiness } from "./readinessAssessment.js";
import { readinessFit, resolveReadinessFit, type ReadinessFitOptions, type ResolvedFit } from "./readinessFit.js";
import { RecordCollection } from "./recordCollection.js";
import { checkMatcherOptions } from "./matcherOptions.js";

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
  /** Analysed text of results, for feedback (RM3) only; bounded like the analyzer's word cache. */
  private readonly termsCache = new BoundedCache<string[]>(20_000);

  constructor(options: MatcherOptions = {}) {
    // Checked as a whole first, so that a typo (`bridge`) or a bad weight is named before anything is built.
    options = checkMatcherOptions(options);
    this.analyzer = options.analyzer ?? defaultAnalyzer();
    this.fit = resolveReadinessFit(options.readiness);
    this.bands = options.stageBands === undefined ? undefined : validateBands(options.stageBands, "stageBands");
    const rw = options.resultWeights ?? {};
    const dw = options.demandWeights ?? {};
    this.results = new RecordCollection<ResearchResult>(
      { analyzer: this.analyzer, fields: { title: { weight: rw.title ?? 2 }, keywords: { weight: rw.keywords ?? 1.5 }, summary: { weight: rw.summary ?? 1 } } },
      { one: resultShape, list: resultListShape },
      (r) => ({ id: r.id, title: r.title, keywords: r.keywords ?? [], summary: r.summary }),
      { one: "result", many: "results", add: "addResults", update: "updateResult" },
    );
    this.demands = new RecordCollection<Demand>(
      { analyzer: this.analyzer, fields: { title: { weight: dw.title ?? 2 }, description: { weight: dw.description ?? 1 } } },
      { one: demandShape, list: demandListShape },
      (d) => ({ id: d.id, title: d.title, description: d.description }),
      { one: "demand", many: "demands", add: "addDemands", update: "updateDemand" },
    );
    if (options.bridges) this.setBridges(options.bridges);
  }

  /** Replace the bridges used for expansion (an empty object turns them off); throws ValidationError on bad options. */
  setBridges(bridges: BridgeOptions): void {
    this.bridges = resolveBridges(bridges, (text) => this.analyzer.analyze(text));
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
  }
  /** Add demands atomically (all or none); they are validated with `parseDemands`. */
  addDemands(demands: readonly unknown[]): void {
    this.demands.add(demands);
  }
  removeResult(id: string): void {
    this.results.remove(id);
    this.termsCache.delete(id);
  }
  removeDemand(id: string): void {
    this.demands.remove(id);
  }
  updateResult(result: unknown): void {
    this.termsCache.delete(this.results.update(result));
  }
  updateDemand(demand: unknown): void {
    this.demands.update(demand);
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
    const { k = DEFAULT_K, minScore = -Infinity, filter } = checkResultMatchOptions(options);
    return this.resultsFor(demand, k, minScore, resultPredicate(filter));
  }

  /** Demands for a result (stored id or an ad-hoc result): who could use it. */
  matchResult(resultOrId: ResearchResult | string, options: MatchOptions<DemandFilter> = {}): Match<Demand>[] {
    const result = typeof resultOrId === "string" ? this.results.require(resultOrId) : parseResult(resultOrId);
    const { k = DEFAULT_K, minScore = -Infinity, filter } = checkDemandMatchOptions(options);
    const query = this.expand(resultText(result), false);
    return this.rank(this.demands, query, k, minScore, demandPredicate(filter), (d) => [result, d], "result-to-demand");
  }

  /** For every stored demand, its top results: the matchmaking-event batch. Options are checked once. */
  matchAll(options: MatchOptions<ResultFilter> = {}): Map<string, Match<ResearchResult>[]> {
    const { k = DEFAULT_K, minScore = -Infinity, filter } = checkResultMatchOptions(options);
    const predicate = resultPredicate(filter);
    const out = new Map<string, Match<ResearchResult>[]>();
    for (const demand of this.demands.records.values()) out.set(demand.id, this.resultsFor(demand, k, minScore, predicate));
    return out;
  }

  private resultsFor(demand: Demand, k: number, minScore: number, predicate: ((r: ResearchResult) => boolean) | undefined): Match<ResearchResult>[] {
    const query = this.expand(`${demand.title}\n${demand.description}`, true);
    return this.rank(this.results, query, k, minScore, predicate, (r) => [r, demand], "demand-to-result");
  }

  /** Rank the records of `collection` for `query`; `pair` names which side is the result and which the demand. */
  private rank<T extends { id: string }>(
    collection: RecordCollection<T>,
    query: ExpandedQuery,
    k: number,
    minScore: number,
    predicate: ((item: T) => boolean) | undefined,
    pair: (item: T) => [ResearchResult, Demand],
    direction: Match<T>["direction"],
  ): Match<T>[] {
    const records = collection.records;
    return rankPartners({
      index: collection.index,
      query,
      k,
      minScore,
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

/** A result's text as a query or as feedback: title, keywords, summary. */
const resultText = (r: ResearchResult): string => `${r.title}\n${(r.keywords ?? []).join("\n")}\n${r.summary}`;
