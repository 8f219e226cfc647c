import type { ResearchResult } from "./types.js";
import { validate } from "../validation/checkShape.js";
import { resultListShape, resultShape } from "./recordShapes.js";

/**
 * Validate an untrusted value as a ResearchResult and return a clean copy holding only the known
 * keys, in a fixed order. Throws a ValidationError listing every problem with its path.
 *
 * Rules: `id` (non-empty, <= 1024 chars, no surrounding whitespace), `title` (<= 1000) and
 * `summary` (<= 100,000) are required non-blank strings; nothing is trimmed or coerced;
 * an optional key set to null counts as absent; unknown keys are errors (a typo such as
 * `minTRL` must not silently drop data); `meta` must be a plain object and is kept as the same
 * reference. Limits are in {@link LIMITS}; the JSON Schema is `jsonSchemas.researchResult`.
 */
export function parseResult(x: unknown): ResearchResult {
  return validate(resultShape, x);
}

/**
 * Validate an array of results: every record as in {@link parseResult}, plus unique ids.
 * Problem paths start with the index, e.g. `[3].keywords[0]`; nothing is returned half-parsed.
 */
export function parseResults(xs: unknown): ResearchResult[] {
  return validate(resultListShape, xs);
}
