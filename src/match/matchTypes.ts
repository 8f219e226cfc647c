import type { BridgeKind } from "../bridge/bridgeTypes.js";
import type { Demand, IpStatus, ResearchResult } from "../schema/types.js";
import type { StrengthBand } from "./matchStrength.js";
import type { SurfaceForm } from "./surfaceForms.js";
import type { SpecCheck } from "../specs/compareSpecs.js";

/** Narrow the results a demand is matched against. Every given condition must hold. */
export interface ResultFilter {
  /** Keep results sharing at least one of these discipline codes. */
  disciplines?: string[];
  /** Keep results from one of these regions. */
  region?: string | string[];
  /** Keep results whose TRL lies in this range. Results of unknown TRL pass only with `includeUnknownTrl`. */
  trl?: { min?: number; max?: number };
  includeUnknownTrl?: boolean;
  /** Keep results with one of these IP statuses. */
  ipStatus?: IpStatus[];
  /** Keep results that seek at least one of these. */
  seeking?: string[];
  /** Any other condition. */
  where?: (result: ResearchResult) => boolean;
}

/** Narrow the demands a result is matched against. */
export interface DemandFilter {
  /** Keep demands sharing at least one of these industry codes. */
  industry?: string[];
  region?: string | string[];
  /** Keep demands whose `minTrl` is at most this (they could use a result this ready). */
  maxRequiredTrl?: number;
  where?: (demand: Demand) => boolean;
}

export interface MatchOptions<F> {
  /**
   * How many matches, 1..100,000. Default 10. Each returned match is explained, so time grows with `k`;
   * page through long lists with `offset` instead.
   */
  k?: number;
  /**
   * Matches to skip first, for paging: `{ k: 20, offset: 40 }` is the third page of 20. Default 0.
   * `k + offset` is at most 100,000 (`LIMITS.matchK`); the page is exact (the same as slicing one long list).
   */
  offset?: number;
  filter?: F;
  /** Drop matches whose final score is below this (raw scores have no fixed scale: prefer `minStrength`). */
  minScore?: number;
  /** Drop matches whose strength (see {@link Match.strength}) is below this; a number in [0, 1]. Default 0. */
  minStrength?: number;
}

/** How the final score is made: `score = text * readinessFit * specFit`. */
export interface ScoreParts {
  /** BM25F relevance of the text, including bridged terms. */
  text: number;
  /** The part of `text` that came from bridged (not user-written) terms. */
  bridged: number;
  /** Readiness factor in (0, 1]: 1 when the result is ready enough or no readiness is required. */
  readinessFit: number;
  /** Spec factor in [floor, 1]: 1 when every demand spec is met or the demand states none (or spec fit is off). */
  specFit: number;
}

/** One query term that matched, where, and how much it brought. */
export interface MatchedTerm {
  /** The index term (a stem such as "batteri"); show `inQuery` / `inMatch` to people instead. */
  term: string;
  /** Where the asking side wrote it (the demand for `matchDemand`), first few places; empty for bridged terms. */
  inQuery: SurfaceForm[];
  /** Where the matched record wrote it, first few places. */
  inMatch: SurfaceForm[];
  /** Summand of the text score. */
  score: number;
  /** Share of the text score, 0..1. */
  share: number;
  /** Fields of the matched item where the term occurs, with their part of `score`. */
  fields: { field: string; score: number }[];
  /** `query` for the user's own words, otherwise the kind of bridge that added the term. */
  source: BridgeKind;
  /** For bridged terms: a readable reason, e.g. `"runs hot" -> "heat dissipation" (lexicon: thermal management, 0.50)`. */
  bridge?: string;
}

/** The readiness gap between the result and what the demand can use. */
export interface ReadinessAssessment {
  /** `meets`: ready enough; `below`: short by `levelsShort` levels; `unknown`: the result's TRL is unknown; `not-required`: no minTrl. */
  status: "meets" | "below" | "unknown" | "not-required";
  resultTrl?: number;
  requiredTrl?: number;
  /** TRL levels the result is short of `requiredTrl` (0 when it meets the requirement or either side is unknown). */
  levelsShort: number;
  /** Stage ids the result still has to go through, e.g. ["pilot", "sample"]. */
  stagesCrossed: string[];
  /** Whether closing the gap crosses the middle stage (pilot / 中试). */
  crossesMiddle: boolean;
  /** Support kinds that closing the gap usually needs. */
  supportNeeded: string[];
}

export interface MatchExplanation {
  /** `strong` (strength >= 0.4), `partial` (>= 0.2) or `weak`. */
  band: StrengthBand;
  parts: ScoreParts;
  /** Matched terms, largest share first. */
  terms: MatchedTerm[];
  readiness: ReadinessAssessment;
  /** Each demand spec checked against the result's specs (empty when the demand states none or spec fit is off). */
  specs: SpecCheck[];
}

/** A ranked partner with its explanation. */
export interface Match<T> {
  id: string;
  item: T;
  score: number;
  /**
   * How strong the match is, in [0, 1], comparable across corpora and queries: the score over the query's attainable
   * score, that of a record saturated with the query's five most distinctive words (README, "Match strength").
   */
  strength: number;
  explanation: MatchExplanation;
  /** Which way the match was made. */
  direction: "demand-to-result" | "result-to-demand";
}
