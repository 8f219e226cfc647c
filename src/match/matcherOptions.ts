import { validate } from "../validation/checkShape.js";
import { custom, number, object, optional } from "../validation/shapes.js";
import { analyzerShape } from "../text/analyzerShape.js";
import { stageBandsShape } from "../stage/stageBands.js";
import { bridgeOptionsShape } from "./bridgeSettings.js";
import type { MatcherOptions } from "./matcher.js";
import { readinessFitShape } from "./readinessFit.js";

const weight = optional(number({ min: 0, minExclusive: true, max: 1e6 }));

/**
 * The description of {@link MatcherOptions}. Adding an option is one line here plus the field in the
 * interface; the check, did-you-mean and messages follow (DESIGN.md, "Validation").
 */
export const matcherOptionsShape = object({
  analyzer: optional(analyzerShape),
  resultWeights: optional(object({ title: weight, keywords: weight, summary: weight })),
  demandWeights: optional(object({ title: weight, description: weight })),
  readiness: optional(readinessFitShape),
  stageBands: optional(stageBandsShape),
  bridges: optional(bridgeOptionsShape),
  // Spec fit checks its own keys (resolveSpecFit); here only its outer form.
  specs: optional(custom("spec fit options or false", (x): x is object | false => x === false || (typeof x === "object" && x !== null))),
}, { expected: "an options object" });

/** Check Matcher options; problems are named as the caller wrote them (`resultWeights.title`). */
export function checkMatcherOptions(options: unknown): MatcherOptions {
  return validate(matcherOptionsShape, options, { context: "Matcher options" }) as MatcherOptions;
}
