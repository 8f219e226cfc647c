import type { Problem } from "../errors/errors.js";

/** Longest accepted text of one document field, in UTF-16 code units (about 1 MB of text). */
export const MAX_FIELD_LENGTH = 1_048_576;
/** Longest accepted query text, in UTF-16 code units. */
export const MAX_QUERY_LENGTH = 65_536;
/** Longest accepted document id. */
export const MAX_ID_LENGTH = 1024;
/** Most query terms considered (after analysis and merging of duplicates). */
export const MAX_QUERY_TERMS = 4096;
/** Largest accepted k. */
export const MAX_K = 100_000;

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

/** A short description of a value's type for error messages. */
export function describe(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "array";
  if (typeof x === "number" && !Number.isFinite(x)) return String(x);
  return typeof x;
}
