import { expandChecked, type ExpandedQuery } from "../bridge/expandQuery.js";
import { relevanceModelTerms } from "../bridge/relevanceFeedback.js";
import { fail, SnapshotError, ValidationError, type Problem } from "../errors/errors.js";
import { analyzerProblems } from "../text/analyzerIdentity.js";
import { checkBatchControl, runTimeSliced, type BatchControl } from "./timeSlicedBatch.js";
import { readMatcherSnapshot, writeMatcherSnapshot, type StoredMatcherOptions } from "./matcherSnapshot.js";
import { parseDemand } from "../schema/parseDemand.js";
import { parseResult } from "../schema/parseResult.js";
import { demandListShape, demandShape, resultListShape, resultShape } from "../schema/recordShapes.js";
import type { Demand, ResearchResult } from "../schema/types.js";
import { validateBands, type StageBand } from "../stage/stageBands.js";
import { defaultAnalyzer, type Analyzer } from "../text/analyzer.js";
import { BoundedCache } from "../text/boundedCache.js";
import { isDictionary, NO_BRIDGES, resolveBridges, type BridgeOptions, type BridgeSettings } from "./bridgeSettings.js";
import type { BridgeDictionary } from "../bridge/dictionary/dictionarySource.js";
import { demandPredicate, resultPredicate } from "./matchFilters.js";
import { checkDemandMatchOptions, checkResultFilter, checkResultMatchOptions, type Page } from "./matchOptions.js";
import { queryNoiseWeights } from "./queryNoise.js";
import { PAST_MATCH_WEIGHT, PastMatches, type PastSupport } from "./pastMatches.js";
import type { NamedText } from "./surfaceForms.js";
import type { DemandFilter, Match, MatchOptions, ResultFilter } from "./matchTypes.js";
import { rankPartners } from "./rankPartners.js";
import { assessReadiness } from "./readinessAssessment.js";
import { readinessFit, resolveReadinessFit, type ReadinessFitOptions, type ResolvedFit } from "./readinessFit.js";
import { RecordCollection } from "./recordCollection.js";
import { checkMatcherOptions } from "./matcherOptions.js";
import { checkSpecs } from "../specs/compareSpecs.js";
import { extractSpecs } from "../specs/extractSpecs.js";
import type { Spec } from "../specs/specTypes.js";
import { MAX_SPECS_COMPARED, resolveSpecFit, specFit, specFitOf, type ResolvedSpecFit, type SpecFitOptions } from "./specFit.js";
import type { FitParts } from "./rankPartners.js";
import { rankTeams, resolveTeamOptions, type Team, type TeamOptions } from "./rankTeams.js";

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
  /** How a demand's specs (at least 3 GS/s, ≤ 2 W, −40~125 ℃) checked against a result's lower the score; `false` turns spec fit off. */
  specs?: SpecFitOptions | false;
}

/** Options for {@link Matcher.fromSnapshot}: the analyzer is code and is not stored, only its identity. */
export interface MatcherSnapshotOptions {
  /** The analyzer the snapshot was made with (same name, version and settings). Default: the default analyzer. */
  analyzer?: Analyzer;
  /**
   * The dictionary the snapshot was made with, when this Matcher class has no such default (`techbroker/core`
   * loading a snapshot made with `techbroker`): pass `zhEnDictionary` from `techbroker/bridges/zh-en`.
   */
  dictionary?: BridgeDictionary;
}


/**
 * Holds research results and demands, each in its own BM25F index, and matches them both ways
 * with readiness-aware, explained scores.
 */
export class Matcher {
  /**
   * The dictionary bridge a Matcher of this class uses unless `bridges.dictionary` (or `builtin`) is false:
   * none here (`techbroker/core`); CC-CEDICT zh-en for the Matcher of `techbroker`.
   */
  static readonly defaultDictionary: BridgeDictionary | undefined = undefined;

  private readonly results: RecordCollection<ResearchResult>;
  private readonly demands: RecordCollection<Demand>;
  private readonly analyzer: Analyzer;
  private readonly fit: ResolvedFit;
  private readonly specFit: ResolvedSpecFit | undefined;
  /** Specs of each record, extracted once (at add time for stored records, once per query for ad-hoc ones). */
  private readonly specCache = new WeakMap<object, readonly Spec[]>();
  private readonly bands?: readonly StageBand[];
  private bridges: BridgeSettings = NO_BRIDGES;
  /** Past demands and the results they were matched to (`bridges.pastMatches`), indexed for similarity. */
  private past: PastMatches | undefined;
  private pastWeight = PAST_MATCH_WEIGHT;
  /** What a snapshot stores: the options as given (plain data, copied), and the bridge options last set. */
  private readonly stored: StoredMatcherOptions;
  /** Bumped by every change, so a time-sliced batch can tell that the matcher changed under it. */
  private revision = 0;
  /** Analysed text of results, for feedback (RM3) only; bounded like the analyzer's word cache. */
  private readonly termsCache = new BoundedCache<string[]>(20_000);

  constructor(options: MatcherOptions = {}) {
    // Checked as a whole first, so that a typo (`bridge`) or a bad weight is named before anything is built.
    options = checkMatcherOptions(options);
    this.analyzer = options.analyzer ?? defaultAnalyzer();
    this.fit = resolveReadinessFit(options.readiness);
    this.specFit = resolveSpecFit(options.specs);
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
    // Copied once the options are validated (the indexes check the weights), so the copy cannot throw.
    const { resultWeights, demandWeights, readiness, stageBands, specs } = options;
    this.stored = plainCopy({ resultWeights, demandWeights, readiness, stageBands, specs });
    // Built-in bridges are on unless `bridges: { builtin: false }`.
    this.setBridges(options.bridges ?? {});
  }

  /**
   * Replace the bridges used for expansion (`{}`: the built-in ones, with the class's default dictionary;
   * `{ builtin: false }`: none); throws ValidationError on bad options.
   */
  setBridges(bridges: BridgeOptions): void {
    this.bridges = resolveBridges(bridges, { analyzer: this.analyzer, defaultDictionary: (this.constructor as typeof Matcher).defaultDictionary });
    const { pastMatches, pastMatchWeight } = bridges;
    this.past = pastMatches !== undefined && pastMatches.length > 0 ? new PastMatches(pastMatches, this.analyzer) : undefined;
    this.pastWeight = pastMatchWeight ?? PAST_MATCH_WEIGHT;
    this.stored.bridges = bridges;
    this.revision++;
  }

  /**
   * Save everything to bytes: records, both indexes, bridge options (lexicon, learned model, feedback,
   * weights), the other options and the analyzer's identity; CRC-checked. Load with {@link Matcher.fromSnapshot}.
   */
  toSnapshot(): Uint8Array {
    // The dictionary is data of the package, not of the matcher: the snapshot records its name (or false).
    const dictionary: string | false = this.bridges.dictionary?.name ?? false;
    const bridges = { ...this.stored.bridges, dictionary };
    return writeMatcherSnapshot({
      analyzer: this.analyzer,
      options: { ...this.stored, bridges },
      results: this.allResults(),
      demands: this.allDemands(),
      resultIndex: this.results.index,
      demandIndex: this.demands.index,
    });
  }

  /**
   * Load a Matcher saved by {@link Matcher.toSnapshot}, without re-analysing any record, as an instance of the
   * class it is called on. Throws SnapshotError on damaged bytes, another format version (`mismatch: "version"`),
   * another analyzer (`mismatch: "analyzer"`) or a dictionary this class lacks (`mismatch: "dictionary"`).
   */
  static fromSnapshot(bytes: Uint8Array, options: MatcherSnapshotOptions = {}): Matcher {
    if (typeof options !== "object" || options === null) fail("options", "expected an object", "Matcher.fromSnapshot");
    const analyzer = options.analyzer ?? defaultAnalyzer();
    const problems = analyzerProblems(analyzer, "analyzer");
    if (problems.length > 0) throw new ValidationError(problems, "Matcher.fromSnapshot");
    if (options.dictionary !== undefined && !isDictionary(options.dictionary)) fail("dictionary", "expected a dictionary such as zhEnDictionary", "Matcher.fromSnapshot");
    const parts = readMatcherSnapshot(bytes, analyzer);
    const stored = parts.options.bridges;
    const dictionary = storedDictionary(stored?.dictionary, [options.dictionary, this.defaultDictionary]);
    let matcher: Matcher;
    try {
      matcher = new this({ ...parts.options, bridges: { ...stored, dictionary }, analyzer });
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
    for (const r of this.results.add(results)) this.specsOfResult(r);
    this.revision++;
  }
  /** Add demands atomically (all or none); they are validated with `parseDemands`. */
  addDemands(demands: readonly unknown[]): void {
    for (const d of this.demands.add(demands)) this.specsOfDemand(d);
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
    const id = this.results.update(result);
    this.termsCache.delete(id);
    this.specsOfResult(this.results.require(id));
    this.revision++;
  }
  updateDemand(demand: unknown): void {
    this.specsOfDemand(this.demands.require(this.demands.update(demand)));
    this.revision++;
  }

  /** The specs found in a result's title, keywords and summary (offsets into `title\nkeywords\nsummary`). */
  resultSpecs(resultOrId: ResearchResult | string): Spec[] {
    const result = typeof resultOrId === "string" ? this.results.require(resultOrId) : parseResult(resultOrId);
    return [...this.specsOfResult(result)];
  }
  /** The specs found in a demand's title and description (offsets into `title\ndescription`). */
  demandSpecs(demandOrId: Demand | string): Spec[] {
    const demand = typeof demandOrId === "string" ? this.demands.require(demandOrId) : parseDemand(demandOrId);
    return [...this.specsOfDemand(demand)];
  }

  private specsOfResult(r: ResearchResult): readonly Spec[] {
    return this.cachedSpecs(r, resultText);
  }
  private specsOfDemand(d: Demand): readonly Spec[] {
    return this.cachedSpecs(d, demandText);
  }
  /** A record's specs, extracted once per stored record object (none when spec fit is off). */
  private cachedSpecs<T extends ResearchResult | Demand>(record: T, textOf: (record: T) => string): readonly Spec[] {
    let specs = this.specCache.get(record);
    if (specs === undefined) {
      specs = this.specFit ? extractSpecs(textOf(record)) : [];
      this.specCache.set(record, specs);
    }
    return specs;
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
    const { page, filter } = checkResultMatchOptions(options);
    return this.resultsFor(demand, page, resultPredicate(filter));
  }

  /** Demands for a result (stored id or an ad-hoc result): who could use it. */
  matchResult(resultOrId: ResearchResult | string, options: MatchOptions<DemandFilter> = {}): Match<Demand>[] {
    const result = typeof resultOrId === "string" ? this.results.require(resultOrId) : parseResult(resultOrId);
    const { page, filter } = checkDemandMatchOptions(options);
    const texts = resultTexts(result);
    const query = this.expand(texts, false);
    return this.rank(this.demands, query, texts, demandTexts, page, demandPredicate(filter), (d) => [result, d], "result-to-demand");
  }

  /**
   * The teams to call for a demand: institutions ranked by the evidence of their results among the top
   * `depth` matches (Balog et al. 2006, Model 2, capped at each team's best `perTeam` results), each with
   * those results and their explanations. Results without an institution (or `key`) are left out.
   */
  matchInstitutions(demandOrId: Demand | string, options: TeamOptions = {}): Team[] {
    const demand = typeof demandOrId === "string" ? this.demands.require(demandOrId) : parseDemand(demandOrId);
    const teamOptions = resolveTeamOptions(options);
    const predicate = resultPredicate(checkResultFilter(options.filter));
    return rankTeams(this.resultsFor(demand, { k: teamOptions.depth, offset: 0, minScore: -Infinity, minStrength: 0 }, predicate), teamOptions);
  }

  /** For every stored demand, its top results: the matchmaking-event batch. Options are checked once. */
  matchAll(options: MatchOptions<ResultFilter> = {}): Map<string, Match<ResearchResult>[]> {
    const { page, filter } = checkResultMatchOptions(options);
    const predicate = resultPredicate(filter);
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
    const checked = collect(() => checkResultMatchOptions(matchOptions));
    const control = collect(() => checkBatchControl({ onProgress, signal, sliceMs }, "matchAllAsync"));
    if (checked === undefined || control === undefined) throw new ValidationError(problems, "matchAllAsync");
    const { page, filter } = checked;
    const predicate = resultPredicate(filter);
    const demands = [...this.demands.records.values()];
    const lists = await runTimeSliced(demands, (d) => this.resultsFor(d, page, predicate), control, () => this.revision);
    return new Map(demands.map((d, i) => [d.id, lists[i]]));
  }

  private resultsFor(demand: Demand, page: Page, predicate: ((r: ResearchResult) => boolean) | undefined): Match<ResearchResult>[] {
    const texts = demandTexts(demand);
    const query = this.expand(texts, true);
    const pastSupport = this.past?.supportFor(texts.map((t) => t.text).join("\n"));
    return this.rank(this.results, query, texts, resultTexts, page, predicate, (r) => [r, demand], "demand-to-result", pastSupport);
  }

  /** Rank the records of `collection` for `query`; `pair` names which side is the result and which the demand. */
  private rank<T extends { id: string }>(
    collection: RecordCollection<T>,
    query: ExpandedQuery,
    queryTexts: readonly NamedText[],
    texts: (item: T) => NamedText[],
    page: Page,
    predicate: ((item: T) => boolean) | undefined,
    pair: (item: T) => [ResearchResult, Demand],
    direction: Match<T>["direction"],
    pastSupport?: ReadonlyMap<string, PastSupport>,
  ): Match<T>[] {
    const records = collection.records;
    const specFitOptions = this.specFit;
    const fitParts = (item: T): FitParts => {
      const [result, demand] = pair(item);
      const readiness = readinessFit(result.trl, demand.minTrl, this.fit);
      if (specFitOptions === undefined) return { readinessFit: readiness, specFit: 1, specs: [] };
      const needs = this.specsOfDemand(demand).slice(0, MAX_SPECS_COMPARED);
      const checks = needs.length === 0 ? [] : checkSpecs(needs, this.specsOfResult(result).slice(0, MAX_SPECS_COMPARED));
      return { readinessFit: readiness, specFit: specFit(checks, specFitOptions), specs: checks };
    };
    return rankPartners({
      index: collection.index,
      query,
      ...page,
      analyzer: this.analyzer,
      queryTexts,
      texts,
      pastSupport,
      pastWeight: this.pastWeight,
      accept: predicate ? (id) => predicate(records.get(id)!) : undefined,
      item: (id) => records.get(id)!,
      fit: (item) => {
        const [result, demand] = pair(item);
        const readiness = readinessFit(result.trl, demand.minTrl, this.fit);
        if (specFitOptions === undefined) return readiness;
        const needs = this.specsOfDemand(demand);
        return needs.length === 0 ? readiness : readiness * specFitOf(needs, this.specsOfResult(result), specFitOptions);
      },
      parts: fitParts,
      readiness: (item) => assessReadiness(...pair(item), this.bands),
    }).map((r) => ({ ...r, direction }));
  }

  /** Analyse query text, weigh down noise and add bridges; learned bridges and feedback only go demand -> result. */
  private expand(texts: readonly NamedText[], demandToResult: boolean): ExpandedQuery {
    const text = texts.map((t) => t.text).join("\n");
    const terms = this.analyzer.analyze(text);
    const noise = queryNoiseWeights(text, this.analyzer);
    const { lexicon, sources, model, feedback, weights } = this.bridges;
    // The bridge options were checked when they were set, so the expansion does not check them per query.
    const base = { text, lexicon, sources, model: demandToResult ? model : undefined };
    if (!feedback || !demandToResult || this.results.size === 0) return weighNoise(expandChecked(terms, base, weights), noise);
    const first = weighNoise(expandChecked(terms, base, weights), noise);
    const hits = this.results.index.search(first.query, { k: feedback.docs });
    const exclude = new Set(terms);
    const index = this.results.index;
    const n = Math.max(1, index.size);
    const fb = relevanceModelTerms(hits, (id) => this.resultTerms(id), {
      termWeight: (t) => Math.log(1 + n / (1 + index.docFrequency(t))),
      ...feedback,
      exclude,
    });
    return weighNoise(expandChecked(terms, { ...base, feedback: fb }, weights), noise);
  }

  private resultTerms(id: string): string[] {
    let terms = this.termsCache.get(id);
    if (terms === undefined) {
      terms = this.analyzer.analyze(resultTexts(this.results.require(id)).map((t) => t.text).join("\n"));
      this.termsCache.set(id, terms);
    }
    return terms;
  }
}

/**
 * The dictionary a snapshot records: its name, `false`, or (snapshots written before names were stored) the data
 * itself or nothing, which then meant no dictionary. A name is looked up among the dictionaries at hand.
 */
function storedDictionary(stored: unknown, available: readonly (BridgeDictionary | undefined)[]): BridgeDictionary | false {
  if (stored === undefined || stored === false) return false;
  if (isDictionary(stored)) return stored;
  if (typeof stored !== "string") throw new SnapshotError("matcher snapshot is corrupted: bridges.dictionary");
  const found = available.find((d) => d?.name === stored);
  if (found) return found;
  throw new SnapshotError(
    `matcher snapshot was made with the dictionary "${stored}", which this Matcher does not include: load it with the Matcher of "techbroker", or pass { dictionary } (e.g. zhEnDictionary from "techbroker/bridges/zh-en") to fromSnapshot`,
    "dictionary",
  );
}

/** A result's text fields as a query, as feedback or in explanations: title, keywords, summary. */
const resultTexts = (r: ResearchResult): NamedText[] => [
  { field: "title", text: r.title },
  ...(r.keywords ?? []).map((text, i) => ({ field: `keywords[${i}]`, text })),
  { field: "summary", text: r.summary },
];
/** A demand's text fields: title, description. */
const demandTexts = (d: Demand): NamedText[] => [
  { field: "title", text: d.title },
  { field: "description", text: d.description },
];

/** A record's text fields joined, as specs are read from it. */
const demandText = (d: Demand): string => demandTexts(d).map((t) => t.text).join("\n");
const resultText = (r: ResearchResult): string => resultTexts(r).map((t) => t.text).join("\n");

/** A query's own terms keep their bridges; only their weights (and provenance weights) are scaled. */
function weighNoise(expanded: ExpandedQuery, noise: (term: string) => number): ExpandedQuery {
  const own = new Set(expanded.terms.filter((t) => t.source === "query").map((t) => t.term));
  return {
    query: expanded.query.map((q) => (own.has(q.term) ? { term: q.term, weight: q.weight * noise(q.term) } : q)),
    terms: expanded.terms.map((t) => (t.source === "query" ? { ...t, weight: t.weight * noise(t.term) } : t)),
    budgetScale: expanded.budgetScale,
  };
}

/** A copy of plain option data, so a caller changing its object later cannot change what a snapshot records. */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
