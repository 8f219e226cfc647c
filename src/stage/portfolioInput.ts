/**
 * Inputs of the portfolio analysis: supports (funds, programmes, pilot bases), the demand-pull interface the Matcher
 * satisfies, and validation of the untrusted parts (results' stage fields and history, supports, options).
 */
import type { Budget, Demand, ResearchResult } from "../schema/types.js";
import { budgetShape, resultKeys } from "../schema/recordShapes.js";
import { checkInto, rootPath } from "../validation/checkShape.js";
import { idShape, isoDateShape, isTrl, trlShape } from "../validation/commonShapes.js";
import { LIMITS } from "../validation/limits.js";
import { ProblemList } from "../validation/problemList.js";
import {
  arrayOf, boolean, custom, either, integer, number, object, optional, recordOf, refine, string, type Shape,
} from "../validation/shapes.js";
import type { StageBand } from "./stageBands.js";
import { withTrlRange } from "./trlScale.js";

/** A support instrument in play in a region: a fund, a programme, a pilot base. */
export interface Support {
  id: string;
  name: string;
  /** e.g. `fund`, `program`, `pilot-base`, `broker`. */
  kind: "fund" | "program" | "pilot-base" | (string & {});
  /** The TRL range it covers, inclusive. */
  minTrl: number;
  maxTrl: number;
  /** Money it can put in, if it is a fund. */
  budget?: Budget;
  region?: string;
}

/**
 * Where demand pull comes from: anything that can list the demands matching a result, best first.
 * The Matcher (src/match) satisfies it structurally; tests use a small fake.
 */
export interface DemandPullSource {
  matchResult(result: ResearchResult, options: { k?: number; minStrength?: number }): ReadonlyArray<{ id: string; strength: number }>;
}

/** One step of a result's readiness history, read from `result.meta.history` when present. */
export interface ReadinessStep {
  /** ISO 8601 date the level was reached. */
  date: string;
  trl: number;
}

/** Options of `analyzePortfolio`. */
export interface PortfolioOptions {
  /** Funds, programmes and pilot bases in play. */
  supports: readonly Support[];
  /** Demands to compute demand pull against; requires `matcher`. Pull is restricted to these ids. */
  demands?: readonly Demand[];
  /** What ranks demands against a result (the Matcher). */
  matcher?: DemandPullSource;
  /** Reference date for stall detection. Default: the current date. */
  now?: Date | string;
  bands?: readonly StageBand[];
  /** Days in one stage after which a result counts as stalled: one number, or per band id. Default 540 (18 months). */
  stallDays?: number | Readonly<Record<string, number>>;
  /** Estimate a missing `trl` from title + summary with `inferReadiness`. Default true. */
  inferMissing?: boolean;
  /** How many demands to ask the matcher for per result (default 20). */
  pullK?: number;
  /**
   * The lowest match strength (in [0, 1], see `Match.strength`) that counts as pull. Default 0.2, the lower limit
   * of a "partial" match: below it, a demand shares a word or two with the result, which is noise, not pull.
   */
  pullMinStrength?: number;
}

/** Default `pullMinStrength`: the "partial" band's lower limit (src/match/matchStrength.ts). */
export const DEFAULT_PULL_MIN_STRENGTH = 0.2;

/** Default stall threshold: 18 months without leaving a stage. Pilot phases commonly run 6-18 months, so longer is a warning. */
export const DEFAULT_STALL_DAYS = 540;

/** The description of a {@link Support}; its JSON Schema is `jsonSchemas.support`. */
export const supportShape = withTrlRange(object({
  id: idShape,
  name: string({ max: LIMITS.nameLength, blank: true }),
  kind: string({ max: LIMITS.codeLength, blank: true }),
  minTrl: trlShape,
  maxTrl: trlShape,
  budget: optional(budgetShape),
  region: optional(string({ max: LIMITS.nameLength })),
}, { expected: "a support object", about: "A fund, programme or pilot base and the TRL range it covers." })) as Shape<Support>;

const historyShape = arrayOf(
  object({ date: isoDateShape, trl: trlShape }, { expected: "an object { date, trl }" }),
  { max: LIMITS.recordCount, expected: "an array of { date, trl }" },
);

// Results as the portfolio reads them: the record keys, with title and summary optional (only stage fields are used).
const portfolioResultShape = object({
  ...resultKeys,
  title: optional(string({ max: LIMITS.titleLength, blank: true })),
  summary: optional(string({ max: LIMITS.bodyLength, blank: true })),
  meta: optional(object({ history: optional(historyShape) }, { open: true, expected: "a plain object" })),
}, { expected: "a research result", nullIsAbsent: true });

const demandPullShape = custom(
  "a demand with a string id",
  (x): x is Demand => typeof x === "object" && x !== null && typeof (x as { id?: unknown }).id === "string"
    && ((x as { minTrl?: unknown }).minTrl === undefined || isTrl((x as { minTrl?: unknown }).minTrl)),
);

const portfolioOptionsShape = refine(object({
  supports: arrayOf(supportShape, { max: LIMITS.recordCount, uniqueKey: "id", expected: "an array of supports" }),
  demands: optional(arrayOf(demandPullShape, { max: LIMITS.recordCount, expected: "an array of demands" })),
  matcher: optional(custom(
    "an object with a matchResult method",
    (x): x is DemandPullSource => typeof (x as { matchResult?: unknown } | null)?.matchResult === "function",
  )),
  now: optional(either(
    custom("a valid Date", (x): x is Date => x instanceof Date && !Number.isNaN(x.getTime())),
    isoDateShape,
  )),
  bands: optional(custom("an array of stage bands", (x): x is StageBand[] => Array.isArray(x))),
  stallDays: optional(either(number({ min: 0, minExclusive: true }), recordOf(number({ min: 0, minExclusive: true }), { max: 100 }))),
  inferMissing: optional(boolean()),
  pullK: optional(integer(1, LIMITS.matchK)),
  pullMinStrength: optional(number({ min: 0, max: 1 })),
}, { expected: "an object { supports, ... }" }), (o) =>
  o.demands !== undefined && o.matcher === undefined
    ? [{ at: ["matcher"], message: "demand pull needs a matcher (anything with matchResult)" }]
    : undefined, { partial: true });

/** `result.meta.history` as readiness steps, oldest first ([] when there is none); validated by `validatePortfolioInput`. */
export function historyOf(result: ResearchResult): ReadinessStep[] {
  const raw = result.meta?.history as ReadinessStep[] | undefined;
  return raw === undefined ? [] : raw.slice().sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

/** Validate the results and options of `analyzePortfolio`, listing every problem. */
export function validatePortfolioInput(results: unknown, options: unknown): void {
  const problems = new ProblemList();
  checkInto(arrayOf(portfolioResultShape, { max: LIMITS.recordCount, uniqueKey: "id", expected: "an array of results" }), results, rootPath("results"), problems);
  checkInto(portfolioOptionsShape, options, rootPath("options"), problems);
  problems.throwIfAny("analyzePortfolio");
}
