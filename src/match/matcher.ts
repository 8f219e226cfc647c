import { expandQuery, type ExpandedQuery } from "../bridge/expandQuery.js";
import { relevanceModelTerms } from "../bridge/relevanceFeedback.js";
import { fail } from "../errors/errors.js";
import { parseDemand, parseDemands } from "../schema/parseDemand.js";
import { parseResult, parseResults } from "../schema/parseResult.js";
import type { Demand, ResearchResult } from "../schema/types.js";
import { validateBands, type StageBand } from "../stage/stageBands.js";
import { analyze, type Analyzer } from "../text/analyzer.js";
import { NO_BRIDGES, resolveBridges, type BridgeOptions, type BridgeSettings } from "./bridgeSettings.js";
import { demandPredicate, resultPredicate } from "./matchFilters.js";
import type { DemandFilter, Match, MatchOptions, ResultFilter } from "./matchTypes.js";
import { rankPartners, type Candidate } from "./rankPartners.js";
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
  private readonly termsCache = new Map<string, string[]>();

  constructor(options: MatcherOptions = {}) {
    this.analyzer = options.analyzer ?? analyze;
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
    if (options.bridges) this.setBridges(options.bridges);
  }

  /** Replace the bridges used for expansion (an empty object turns them off); throws ValidationError on bad options. */
  setBridges(bridges: BridgeOptions): void {
    this.bridges = resolveBridges(bridges, this.analyzer);
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
    this.results.update(result);
    this.termsCache.clear();
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
    const { k, minScore } = checkMatchOptions(options);
    const predicate = resultPredicate(options.filter);
    const records = this.results.records;
    const query = this.expand(`${demand.title}\n${demand.description}`, true);
    return rankPartners({
      index: this.results.index,
      query,
      k,
      minScore,
      accept: predicate ? (id) => predicate(records.get(id)!) : undefined,
      candidate: (id) => this.candidate(records.get(id)!, demand, records.get(id)!),
    }).map((r) => ({ ...r, direction: "demand-to-result" as const }));
  }

  /** Demands for a result (stored id or an ad-hoc result): who could use it. */
  matchResult(resultOrId: ResearchResult | string, options: MatchOptions<DemandFilter> = {}): Match<Demand>[] {
    const result = typeof resultOrId === "string" ? this.results.require(resultOrId) : parseResult(resultOrId);
    const { k, minScore } = checkMatchOptions(options);
    const predicate = demandPredicate(options.filter);
    const records = this.demands.records;
    const text = `${result.title}\n${(result.keywords ?? []).join("\n")}\n${result.summary}`;
    const query = this.expand(text, false);
    return rankPartners({
      index: this.demands.index,
      query,
      k,
      minScore,
      accept: predicate ? (id) => predicate(records.get(id)!) : undefined,
      candidate: (id) => this.candidate(result, records.get(id)!, records.get(id)!),
    }).map((r) => ({ ...r, direction: "result-to-demand" as const }));
  }

  /** For every stored demand, its top results: the matchmaking-event batch. */
  matchAll(options: MatchOptions<ResultFilter> = {}): Map<string, Match<ResearchResult>[]> {
    checkMatchOptions(options); // fail even when no demand is stored
    resultPredicate(options.filter);
    const out = new Map<string, Match<ResearchResult>[]>();
    for (const id of this.demands.records.keys()) out.set(id, this.matchDemand(id, options));
    return out;
  }

  private candidate<T>(result: ResearchResult, demand: Demand, item: T): Candidate<T> {
    return { item, fit: readinessFit(result.trl, demand.minTrl, this.fit), readiness: assessReadiness(result, demand, this.bands) };
  }

  /** Analyse query text and add bridges; learned bridges and feedback only go demand -> result. */
  private expand(text: string, demandToResult: boolean): ExpandedQuery {
    const terms = this.analyzer(text);
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
      const r = this.results.require(id);
      terms = this.analyzer(`${r.title}\n${(r.keywords ?? []).join("\n")}\n${r.summary}`);
      if (this.termsCache.size > 10_000) this.termsCache.clear();
      this.termsCache.set(id, terms);
    }
    return terms;
  }
}

function checkMatchOptions(options: MatchOptions<unknown>): { k: number; minScore: number } {
  if (typeof options !== "object" || options === null) fail("options", "expected an object", "match");
  const { k = DEFAULT_K, minScore = -Infinity } = options;
  if (typeof k !== "number" || !Number.isInteger(k) || k < 1 || k > 1000) fail("k", `expected an integer from 1 to 1000, got ${String(k)}`, "match");
  if (typeof minScore !== "number" || Number.isNaN(minScore)) fail("minScore", "expected a number", "match");
  return { k, minScore };
}
