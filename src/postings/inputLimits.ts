import type { Problem } from "../errors/errors.js";
import { describeValue } from "../validation/describeValue.js";
import { LIMITS } from "../validation/limits.js";

// The index's names for the one set of limits (src/validation/limits.ts).
/** Longest accepted text of one document field, in UTF-16 code units (about 1 MB of text). */
export const MAX_FIELD_LENGTH = LIMITS.fieldLength;
/** Longest accepted query text, in UTF-16 code units. */
export const MAX_QUERY_LENGTH = LIMITS.queryLength;
/** Longest accepted document id (the same limit as record ids). */
export const MAX_ID_LENGTH = LIMITS.idLength;
/** Most query terms considered (after analysis and merging of duplicates). */
export const MAX_QUERY_TERMS = LIMITS.queryTerms;
/** Largest accepted k. */
export const MAX_K = LIMITS.searchK;
/** Most indexed fields. */
export const MAX_FIELDS = LIMITS.fieldCount;
/** Most documents in one `addAll`. */
export const MAX_BATCH_DOCUMENTS = LIMITS.batchDocuments;
/** Problems listed in one error; past this, checking stops so that a million bad items cannot build a huge message. */
export const MAX_PROBLEMS = LIMITS.problemCount;

/** A document as given to the index: an id plus text fields. */
export interface IndexDocument {
  readonly id: string;
  // No index signature: a user's own `interface Paper { id; title; ... }` must be accepted as it is.
  // Fields are read by the names given in the index options and validated at run time.
}

/** Check a document id; returns a problem or undefined. */
export function checkId(id: unknown, path: string): Problem | undefined {
  if (typeof id !== "string") return { path, message: `expected a string id, got ${describe(id)}` };
  if (id.length === 0) return { path, message: "expected a non-empty id" };
  if (id.length > MAX_ID_LENGTH) return { path, message: `id longer than ${MAX_ID_LENGTH} characters` };
  // A snapshot stores ids as UTF-8, which cannot carry a lone surrogate: accept only what round-trips.
  if (!isWellFormed(id)) return { path, message: "id contains a lone surrogate (ill-formed UTF-16)" };
  return undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `s` is well-formed UTF-16 (no lone surrogate), i.e. survives a UTF-8 round trip unchanged. */
export function isWellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/** A short description of a value (type and value) for error messages. */
export const describe = describeValue;
