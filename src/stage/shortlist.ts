/**
 * `firstInvestmentShortlist`: the middle-stage results a "first investment" fund or a broker should look at first,
 * ranked by demand pull, closeness to use and stall risk, each with the reasons in words.
 *
 * score = wPull * pull + wCloseness * closeness + wStall * stallRisk, each part in [0, 1]:
 * - pull: half the share of the best match count among the candidates, half the strength of the best matching
 *   demand (match strength is in [0, 1] on a fixed scale, so it needs no normalising within the list);
 * - closeness: 1 - min(levelsShort, 5) / 5, where levelsShort is the TRL levels to the closest matching demand's minTrl,
 *   or, without one, the levels left before the result leaves the middle stage;
 * - stallRisk: daysInStage / threshold, capped at 1 (0 when no date is known): a result stuck in the valley is the
 *   one that loses its vitality first, so it is ranked up, not down.
 * Ties are broken by id so the order is deterministic.
 */
import { ValidationError } from "../errors/errors.js";
import { validate } from "../validation/checkShape.js";
import { LIMITS } from "../validation/limits.js";
import { arrayOf, integer, number, object, optional, string } from "../validation/shapes.js";
import type { PortfolioAnalysis, ResultStatus } from "./portfolio.js";
import { levelsOf } from "./stageBands.js";
import { deepFreeze } from "../immutable/deepFreeze.js";

/** Weights of the three parts of the shortlist score. */
export interface ShortlistWeights {
  readonly pull: number;
  readonly closeness: number;
  readonly stall: number;
}

/** Default weights: demand pull matters most; a fund backs what someone wants. */
export const DEFAULT_SHORTLIST_WEIGHTS: ShortlistWeights = deepFreeze({ pull: 0.5, closeness: 0.25, stall: 0.25 });

/** Options of `firstInvestmentShortlist`. */
export interface ShortlistOptions {
  /** At most this many entries (default 10). */
  readonly limit?: number;
  readonly weights?: Partial<ShortlistWeights>;
  /** Stage ids to draw from (default: the bands flagged `middle`). */
  readonly stages?: readonly string[];
}

/** One shortlisted result. */
export interface ShortlistEntry {
  readonly rank: number;
  readonly id: string;
  readonly title: string;
  readonly trl: number;
  readonly stage: string;
  readonly score: number;
  readonly parts: { readonly pull: number; readonly closeness: number; readonly stallRisk: number };
  /** The weighted parts; they sum to `score` (up to rounding). */
  readonly contributions: { readonly pull: number; readonly closeness: number; readonly stall: number };
  /** TRL levels still to climb (see the file comment): to the closest matching demand, or out of the stage. */
  readonly levelsShort: number;
  readonly reasons: readonly string[];
}

const MAX_LEVELS_SHORT = 5;
const MAX_WEIGHT = 1e6;

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// Bounded so that a score, a sum of three weighted parts in [0, 1], stays a readable finite number.
const shortlistWeight = optional(number({ min: 0, max: MAX_WEIGHT }));

/** The description of {@link ShortlistOptions}. */
const shortlistOptionsShape = object({
  limit: optional(integer(1, LIMITS.recordCount)),
  weights: optional(object({ pull: shortlistWeight, closeness: shortlistWeight, stall: shortlistWeight }, { hints: { gap: "closeness" } })),
  stages: optional(arrayOf(string({ max: LIMITS.idLength }), { max: 100, expected: "an array of stage ids" })),
});

function checkOptions(options: ShortlistOptions): ShortlistOptions {
  return validate(shortlistOptionsShape, options, { root: "options", context: "firstInvestmentShortlist" });
}

function reasonsFor(s: ResultStatus, stageLabel: string, levelsShort: number, fromDemand: boolean): string[] {
  const out: string[] = [];
  const source = s.inferred ? ` (inferred from the text, confidence ${s.confidence.toFixed(2)})` : "";
  out.push(`TRL ${s.trl}, ${stageLabel}${source}`);
  if (s.pull && s.pull.matches > 0) {
    const ids = s.pull.demandIds.slice(0, 3).join(", ") + (s.pull.demandIds.length > 3 ? ", ..." : "");
    out.push(`pulled by ${s.pull.matches} demand${s.pull.matches === 1 ? "" : "s"} (best strength ${s.pull.topStrength.toFixed(2)}): ${ids}`);
  } else if (s.pull) out.push("no matching demand yet");
  if (fromDemand) {
    out.push(levelsShort === 0 ? `already meets the minimum TRL of a matching demand (TRL ${s.pull!.nearestDemandTrl})` : `${levelsShort} level${levelsShort === 1 ? "" : "s"} short of the closest matching demand (needs TRL ${s.pull!.nearestDemandTrl})`);
  } else out.push(`${levelsShort} level${levelsShort === 1 ? "" : "s"} left in the ${s.stage} stage`);
  if (s.daysInStage !== undefined) {
    const over = s.stalled ? `, over the ${s.stallThresholdDays}-day stall threshold` : ` (stall threshold ${s.stallThresholdDays} days)`;
    out.push(`in this stage for ${s.daysInStage} days${over}`);
  }
  if (s.seeking.length > 0) out.push(`seeks ${s.seeking.join(", ")}`);
  return out;
}

/** Rank the middle-stage results of an analysis for a first-investment fund or a broker, with reasons. */
export function firstInvestmentShortlist(analysis: PortfolioAnalysis, options: ShortlistOptions = {}): ShortlistEntry[] {
  if (typeof analysis !== "object" || analysis === null || !Array.isArray(analysis.results)) {
    throw new ValidationError([{ path: "analysis", message: "expected the result of analyzePortfolio" }]);
  }
  options = checkOptions(options);
  const weights = { ...DEFAULT_SHORTLIST_WEIGHTS, ...options.weights };
  const bands = analysis.bands;
  const wanted = new Set(options.stages ?? bands.filter((b) => b.middle === true).map((b) => b.id));
  const candidates = analysis.results.filter((s) => s.trl !== undefined && s.stage !== undefined && wanted.has(s.stage));
  let maxMatches = 0;
  for (const c of candidates) maxMatches = Math.max(maxMatches, c.pull?.matches ?? 0);
  const scored = candidates.map((s) => {
    const pull = (maxMatches > 0 ? (0.5 * (s.pull?.matches ?? 0)) / maxMatches : 0) + 0.5 * (s.pull?.topStrength ?? 0);
    const fromDemand = s.pull?.levelsShort !== undefined;
    const stageTop = Math.max(...levelsOf(s.stage!, bands));
    const levelsShort = fromDemand ? s.pull!.levelsShort! : stageTop + 1 - s.trl!;
    const closeness = 1 - Math.min(levelsShort, MAX_LEVELS_SHORT) / MAX_LEVELS_SHORT;
    const stallRisk = s.daysInStage === undefined ? 0 : Math.min(1, s.daysInStage / s.stallThresholdDays);
    const score = weights.pull * pull + weights.closeness * closeness + weights.stall * stallRisk;
    const label = bands.find((b) => b.id === s.stage)?.label ?? s.stage!;
    return {
      id: s.id,
      title: s.title,
      trl: s.trl!,
      stage: s.stage!,
      score: round3(score),
      parts: { pull: round3(pull), closeness: round3(closeness), stallRisk: round3(stallRisk) },
      contributions: { pull: round3(weights.pull * pull), closeness: round3(weights.closeness * closeness), stall: round3(weights.stall * stallRisk) },
      levelsShort,
      reasons: reasonsFor(s, label, levelsShort, fromDemand),
    };
  });
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, options.limit ?? 10).map((e, i) => ({ rank: i + 1, ...e }));
}
