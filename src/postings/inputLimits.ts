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
  return undefined;
}

/** Check one field value: absent, a string, or an array of strings, within the size limit. */
export function checkFieldValue(value: unknown, path: string, problems: Problem[]): void {
  if (value === undefined || value === null) return;
  if (typeof value === "string") {
    if (value.length > MAX_FIELD_LENGTH) problems.push({ path, message: `text longer than ${MAX_FIELD_LENGTH} characters` });
    return;
  }
  if (Array.isArray(value)) {
    let total = 0;
    value.forEach((v, i) => {
      if (typeof v !== "string") problems.push({ path: `${path}[${i}]`, message: `expected string, got ${describe(v)}` });
      else total += v.length;
    });
    if (total > MAX_FIELD_LENGTH) problems.push({ path, message: `text longer than ${MAX_FIELD_LENGTH} characters` });
    return;
  }
  problems.push({ path, message: `expected string or string[], got ${describe(value)}` });
}

/** A short description of a value (type and value) for error messages. */
export const describe = describeValue;
