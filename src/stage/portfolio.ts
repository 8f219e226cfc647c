/**
 * `analyzePortfolio`: where a region's results sit on the readiness path, which stages its supports cover (and which
 * none does: the funding gap), which results stall, and how strongly demands pull on each result.
 */
import type { ResearchResult, Seeking } from "../schema/types.js";
import { inferReadiness } from "./inferReadiness.js";
import { DEFAULT_PULL_MIN_STRENGTH, DEFAULT_STALL_DAYS, historyOf, validatePortfolioInput, type PortfolioOptions, type Support } from "./portfolioInput.js";
import { DEFAULT_STAGE_BANDS, levelsOf, stageOf, validateBands, type StageBand } from "./stageBands.js";

/** Results counted in one stage. */
export interface StageCount {
  readonly band: StageBand;
  readonly count: number;
  /** count / results with a known or inferred level (0 when there are none). */
  readonly share: number;
  readonly resultIds: readonly string[];
}

/** The supports that reach one stage. */
export interface StageCoverage {
  readonly band: StageBand;
  /** TRL levels assigned to the band (overlap rule applied). */
  readonly levels: readonly number[];
  readonly supportIds: readonly string[];
  readonly uncoveredLevels: readonly number[];
  /** Budget reaching this stage, per currency: each support's budget spread evenly over the levels it covers. */
  readonly budget: Readonly<Record<string, number>>;
}

/** How strongly demands pull on one result. */
export interface DemandPull {
  readonly matches: number;
  /** Strength (in [0, 1]) of the best matching demand; 0 without one. */
  readonly topStrength: number;
  /** Sum of the matching demands' strengths. */
  readonly totalStrength: number;
  /** Matching demand ids, best first. */
  readonly demandIds: readonly string[];
  /** TRL levels the result is short of the closest matching demand's minTrl (0 when one is already within reach); absent when unknown. */
  readonly levelsShort?: number;
  /** minTrl of that closest demand. */
  readonly nearestDemandTrl?: number;
}

/** One result as the analysis sees it. */
export interface ResultStatus {
  readonly id: string;
  readonly title: string;
  readonly trl?: number;
  readonly stage?: string;
  /** True when `trl` was estimated from the text. */
  readonly inferred: boolean;
  /** 1 for a labelled trl, the inference confidence otherwise, 0 when unknown. */
  readonly confidence: number;
  /** Days since the result entered its current stage (history), or since its last recorded progress (updatedAt). */
  readonly daysInStage?: number;
  readonly stallThresholdDays: number;
  readonly stalled: boolean;
  readonly seeking: readonly Seeking[];
  readonly pull?: DemandPull;
}

/** The whole analysis. */
export interface PortfolioAnalysis {
  readonly bands: readonly StageBand[];
  readonly total: number;
  readonly results: readonly ResultStatus[];
  /** Ids of results with no known or inferable level. */
  readonly unknown: readonly string[];
  readonly stages: readonly StageCount[];
  /** Index 0 is TRL 1. */
  readonly resultsPerLevel: readonly number[];
  readonly supportsPerLevel: readonly number[];
  readonly coverage: readonly StageCoverage[];
  /** TRL levels no support covers. */
  readonly uncoveredLevels: readonly number[];
  /** Stages with at least one level no support covers, with those levels: the funding gap. */
  readonly uncoveredStages: readonly { readonly stage: string; readonly levels: readonly number[] }[];
  /** Stalled results, longest stall first. */
  readonly stalled: readonly ResultStatus[];
  /** True when demand pull was computed. */
  readonly hasPull: boolean;
  /** The reference date used, ISO. */
  readonly now: string;
}

const DAY_MS = 86_400_000;

function stallDaysFor(stage: string | undefined, option: PortfolioOptions["stallDays"]): number {
  if (typeof option === "number") return option;
  if (option && stage !== undefined && option[stage] !== undefined) return option[stage];
  return DEFAULT_STALL_DAYS;
}

/** Date the result entered its current stage: start of the last run of history steps in that stage, else updatedAt. */
function stageSince(result: ResearchResult, stage: string | undefined, bands: readonly StageBand[]): number | undefined {
  const history = historyOf(result);
  if (history.length > 0 && stage !== undefined) {
    let since: number | undefined;
    for (let i = history.length - 1; i >= 0 && stageOf(history[i].trl, bands).id === stage; i--) since = Date.parse(history[i].date);
    if (since !== undefined) return since;
  }
  return result.updatedAt === undefined ? undefined : Date.parse(result.updatedAt);
}

function coverageOf(supports: readonly Support[], bands: readonly StageBand[]): { perLevel: number[]; coverage: StageCoverage[] } {
  const perLevel = new Array<number>(9).fill(0);
  for (const s of supports) for (let l = s.minTrl; l <= s.maxTrl; l++) perLevel[l - 1]++;
  const coverage = bands.map((band) => {
    const levels = levelsOf(band.id, bands);
    const supportIds: string[] = [];
    const budget: Record<string, number> = {};
    for (const s of supports) {
      const inBand = levels.filter((l) => l >= s.minTrl && l <= s.maxTrl).length;
      if (inBand === 0) continue;
      supportIds.push(s.id);
      if (s.budget) {
        const share = (s.budget.amount * inBand) / (s.maxTrl - s.minTrl + 1);
        budget[s.budget.currency] = (budget[s.budget.currency] ?? 0) + share;
      }
    }
    return { band, levels, supportIds, uncoveredLevels: levels.filter((l) => perLevel[l - 1] === 0), budget };
  });
  return { perLevel, coverage };
}

/** Pull on one result. `demandTrl` limits the count to the given demands (and knows their minTrl); undefined counts all. */
function pullOf(result: ResearchResult, trl: number | undefined, options: PortfolioOptions, demandTrl: Map<string, number | undefined> | undefined): DemandPull {
  const minStrength = options.pullMinStrength ?? DEFAULT_PULL_MIN_STRENGTH;
  const raw = options.matcher!.matchResult(result, { k: options.pullK ?? 20, minStrength });
  const hits = raw.filter((h) => (demandTrl === undefined || demandTrl.has(h.id)) && h.strength >= minStrength && h.strength > 0);
  let levelsShort: number | undefined;
  let nearest: number | undefined;
  for (const h of hits) {
    const need = demandTrl?.get(h.id);
    if (need === undefined || trl === undefined) continue;
    const g = Math.max(0, need - trl);
    if (levelsShort === undefined || g < levelsShort) {
      levelsShort = g;
      nearest = need;
    }
  }
  const strengths = hits.map((h) => h.strength);
  return {
    matches: hits.length,
    topStrength: strengths.length ? Math.max(...strengths) : 0,
    totalStrength: strengths.reduce((a, b) => a + b, 0),
    demandIds: hits.map((h) => h.id),
    ...(levelsShort === undefined ? {} : { levelsShort, nearestDemandTrl: nearest }),
  };
}

/** Analyse a portfolio of results against the supports in play (and, optionally, the demands pulling on them). */
export function analyzePortfolio(results: readonly ResearchResult[], options: PortfolioOptions): PortfolioAnalysis {
  validatePortfolioInput(results, options);
  const bands = options.bands === undefined ? DEFAULT_STAGE_BANDS : validateBands(options.bands, "options.bands");
  const nowMs = options.now === undefined ? Date.now() : new Date(options.now).getTime();
  const hasPull = options.matcher !== undefined;
  // Pull counts only the given demands; without a list, every id the matcher returns counts (minTrl unknown).
  let demandFilter: Map<string, number | undefined> | undefined;
  if (options.demands) demandFilter = new Map(options.demands.map((d) => [d.id, d.minTrl]));

  const statuses: ResultStatus[] = results.map((r) => {
    let trl = r.trl;
    let inferred = false;
    let confidence = trl === undefined ? 0 : 1;
    if (trl === undefined && options.inferMissing !== false) {
      const est = inferReadiness(`${r.title ?? ""}. ${r.summary ?? ""}`, { bands, now: new Date(nowMs) });
      if (est.trl !== undefined) {
        trl = est.trl;
        inferred = true;
        confidence = est.confidence;
      }
    }
    const stage = trl === undefined ? undefined : stageOf(trl, bands).id;
    const since = stageSince(r, stage, bands);
    const daysInStage = since === undefined ? undefined : Math.max(0, Math.floor((nowMs - since) / DAY_MS));
    const threshold = stallDaysFor(stage, options.stallDays);
    let pull: DemandPull | undefined;
    if (hasPull) pull = pullOf(r, trl, options, demandFilter);
    return {
      id: r.id,
      title: r.title ?? "",
      ...(trl === undefined ? {} : { trl, stage }),
      inferred,
      confidence,
      ...(daysInStage === undefined ? {} : { daysInStage }),
      stallThresholdDays: threshold,
      stalled: daysInStage !== undefined && stage !== undefined && stage !== bands[bands.length - 1].id && daysInStage > threshold,
      seeking: r.seeking ?? [],
      ...(pull ? { pull } : {}),
    };
  });

  const known = statuses.filter((s) => s.trl !== undefined);
  const resultsPerLevel = new Array<number>(9).fill(0);
  for (const s of known) resultsPerLevel[s.trl! - 1]++;
  const stages = bands.map((band) => {
    const ids = known.filter((s) => s.stage === band.id).map((s) => s.id);
    return { band, count: ids.length, share: known.length ? ids.length / known.length : 0, resultIds: ids };
  });
  const { perLevel, coverage } = coverageOf(options.supports, bands);
  return {
    bands,
    total: results.length,
    results: statuses,
    unknown: statuses.filter((s) => s.trl === undefined).map((s) => s.id),
    stages,
    resultsPerLevel,
    supportsPerLevel: perLevel,
    coverage,
    uncoveredLevels: perLevel.flatMap((n, i) => (n === 0 ? [i + 1] : [])),
    uncoveredStages: coverage.filter((c) => c.uncoveredLevels.length > 0).map((c) => ({ stage: c.band.id, levels: c.uncoveredLevels })),
    stalled: statuses.filter((s) => s.stalled).sort((a, b) => b.daysInStage! - a.daysInStage! || (a.id < b.id ? -1 : 1)),
    hasPull,
    now: new Date(nowMs).toISOString(),
  };
}
