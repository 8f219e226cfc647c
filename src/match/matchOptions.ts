import { custom, either, arrayOf, boolean, integer, number, object, oneOf, optional, refine, string, type RefineProblem, type Shape } from "../validation/shapes.js";
import { validate } from "../validation/checkShape.js";
import { trlShape } from "../validation/commonShapes.js";
import { LIMITS } from "../validation/limits.js";
import { IP_STATUSES } from "../schema/recordShapes.js";
import type { DemandFilter, MatchOptions, ResultFilter } from "./matchTypes.js";

/**
 * Descriptions of the options of `matchDemand`, `matchResult` and `matchAll`, filters included.
 * Adding an option is one line in the `object({...})` below plus the field in `matchTypes.ts`.
 */
const codeList = arrayOf(string({ max: LIMITS.codeLength }), { max: LIMITS.codeCount });
const regionShape = either(string({ max: LIMITS.nameLength }), arrayOf(string({ max: LIMITS.nameLength }), { max: LIMITS.codeCount }));
const predicate = custom("a function", (x): x is (item: never) => boolean => typeof x === "function");

/** The filter of results a demand is matched against. */
export const resultFilterShape = object({
  disciplines: optional(codeList),
  region: optional(regionShape),
  trl: optional(object({ min: optional(trlShape), max: optional(trlShape) }, { expected: "an object { min?, max? }" })),
  includeUnknownTrl: optional(boolean()),
  ipStatus: optional(arrayOf(oneOf(IP_STATUSES), { max: IP_STATUSES.length * 2 })),
  seeking: optional(codeList),
  where: optional(predicate),
}, { expected: "a result filter object", hints: { fields: "disciplines", industry: "disciplines" } }) as Shape<ResultFilter>;

/** The filter of demands a result is matched against. */
export const demandFilterShape = object({
  industry: optional(codeList),
  region: optional(regionShape),
  maxRequiredTrl: optional(trlShape),
  where: optional(predicate),
}, { expected: "a demand filter object", hints: { fields: "industry", disciplines: "industry" } }) as Shape<DemandFilter>;

/** Which slice of the ranking to return: `k` matches after skipping `offset`, none below `minScore` or `minStrength`. */
export interface Page {
  k: number;
  offset: number;
  minScore: number;
  minStrength: number;
}

const matchKeys = {
  k: optional(integer(1, LIMITS.searchK)),
  offset: optional(integer(0, LIMITS.searchK - 1)),
  minScore: optional(number({ finite: false })),
  minStrength: optional(number({ min: 0, max: 1 })),
};

// k + offset stays within what the index can answer; the page is then exact.
const pageRule = (o: { k?: number; offset?: number }): RefineProblem[] | undefined => {
  const k = o.k ?? DEFAULT_K;
  const offset = o.offset ?? 0;
  // Only when k and offset are each valid: a bad k is named once, at k.
  const valid = Number.isInteger(k) && k >= 1 && k <= LIMITS.searchK && Number.isInteger(offset) && offset >= 0 && offset < LIMITS.searchK;
  return valid && k + offset > LIMITS.searchK
    ? [{ at: ["offset"], message: `k + offset must be at most ${LIMITS.searchK}, got ${k + offset}` }]
    : undefined;
};

const resultMatchShape = refine(object({ ...matchKeys, filter: optional(resultFilterShape) }), pageRule, { partial: true }) as Shape<MatchOptions<ResultFilter>>;
const demandMatchShape = refine(object({ ...matchKeys, filter: optional(demandFilterShape) }), pageRule, { partial: true }) as Shape<MatchOptions<DemandFilter>>;

const DEFAULT_K = 10;

function pageOf(o: MatchOptions<unknown>): Page {
  return { k: o.k ?? DEFAULT_K, offset: o.offset ?? 0, minScore: o.minScore ?? -Infinity, minStrength: o.minStrength ?? 0 };
}

/** Check options of a match for results (demand to result); paths as the caller wrote them (`filter.region`). */
export function checkResultMatchOptions(options: unknown): { page: Page; filter?: ResultFilter } {
  const checked = validate(resultMatchShape, options, { context: "match" });
  return { page: pageOf(checked), filter: checked.filter };
}

/** Check options of a match for demands (result to demand). */
export function checkDemandMatchOptions(options: unknown): { page: Page; filter?: DemandFilter } {
  const checked = validate(demandMatchShape, options, { context: "match" });
  return { page: pageOf(checked), filter: checked.filter };
}

/** Check a result filter given on its own (team matching), named `filter`. */
export function checkResultFilter(filter: unknown): ResultFilter | undefined {
  return filter === undefined ? undefined : validate(resultFilterShape, filter, { root: "filter", context: "match" });
}
