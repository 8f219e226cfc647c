import type { Demand } from "./types.js";
import { validate } from "../validation/checkShape.js";
import { demandListShape, demandShape } from "./recordShapes.js";

/**
 * Validate an untrusted value as a Demand and return a clean copy holding only the known keys,
 * in a fixed order. Throws a ValidationError listing every problem with its path.
 *
 * Rules: `id` (non-empty, <= 1024 chars, no surrounding whitespace), `title` (<= 1000) and
 * `description` (<= 100,000) are required non-blank strings; `budget` needs both `amount`
 * (finite, >= 0) and `currency` (e.g. "EUR"); nothing is trimmed or coerced; an optional key set
 * to null counts as absent; unknown keys are errors; `meta` must be a plain object and is kept as
 * the same reference. Limits are in {@link LIMITS}; the JSON Schema is `jsonSchemas.demand`.
 */
export function parseDemand(x: unknown): Demand {
  return validate(demandShape, x);
}

/**
 * Validate an array of demands: every record as in {@link parseDemand}, plus unique ids.
 * Problem paths start with the index, e.g. `[3].budget.amount`; nothing is returned half-parsed.
 */
export function parseDemands(xs: unknown): Demand[] {
  return validate(demandListShape, xs);
}
