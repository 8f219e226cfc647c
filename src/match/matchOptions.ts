import { custom, either, arrayOf, boolean, integer, number, object, oneOf, optional, string, type Shape } from "../validation/shapes.js";
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
  fields: optional(codeList),
  region: optional(regionShape),
  trl: optional(object({ min: optional(trlShape), max: optional(trlShape) }, { expected: "an object { min?, max? }" })),
  includeUnknownTrl: optional(boolean()),
  ipStatus: optional(arrayOf(oneOf(IP_STATUSES), { max: IP_STATUSES.length * 2 })),
  seeking: optional(codeList),
  where: optional(predicate),
}, { expected: "a result filter object" }) as Shape<ResultFilter>;

/** The filter of demands a result is matched against. */
export const demandFilterShape = object({
  industry: optional(codeList),
  region: optional(regionShape),
  maxRequiredTrl: optional(trlShape),
  where: optional(predicate),
}, { expected: "a demand filter object" }) as Shape<DemandFilter>;

const matchKeys = {
  k: optional(integer(1, LIMITS.matchK)),
  minScore: optional(number({ finite: false })),
};

const resultMatchShape = object({ ...matchKeys, filter: optional(resultFilterShape) }) as Shape<MatchOptions<ResultFilter>>;
const demandMatchShape = object({ ...matchKeys, filter: optional(demandFilterShape) }) as Shape<MatchOptions<DemandFilter>>;

/** Check options of a match for results (demand to result); paths as the caller wrote them (`filter.region`). */
export function checkResultMatchOptions(options: unknown): MatchOptions<ResultFilter> {
  return validate(resultMatchShape, options, { context: "match options" });
}

/** Check options of a match for demands (result to demand). */
export function checkDemandMatchOptions(options: unknown): MatchOptions<DemandFilter> {
  return validate(demandMatchShape, options, { context: "match options" });
}
