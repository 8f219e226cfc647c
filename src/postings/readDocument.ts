// A caller's document is read exactly once, into plain values, before anything is checked or indexed:
// a getter or a Proxy cannot show one id to the duplicate check and another to the index, and a field
// cannot pass the size check and then grow. Only own properties and inherited ones from the caller's
// own classes are read, never Object.prototype's: a field named `constructor` or `toString` is absent,
// not a function.

import type { Problem } from "../errors/errors.js";
import { checkId, describe, MAX_FIELD_LENGTH, MAX_PROBLEMS } from "./inputLimits.js";

/** A document's values as read once: the id and each field (a string, a copied string[], or undefined). */
export interface DocumentValues {
  readonly id: string;
  readonly fields: (string | readonly string[] | undefined)[];
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

// Built-in prototypes whose members are never a caller's data (`filter` of an array is not a search filter).
const BUILT_IN_PROTOTYPES: readonly object[] = [
  Object, Array, Function, Map, Set, WeakMap, WeakSet, Date, RegExp, String, Number, Boolean, Symbol, BigInt, Error, Promise, ArrayBuffer, DataView,
  Object.getPrototypeOf(Uint8Array) as object, // %TypedArray%
].map((c) => (c as { prototype: object }).prototype);

/** Read `name` from a record: own, or inherited from the caller's own classes, never from a built-in prototype. */
export function readProperty(record: object, name: string): unknown {
  if (hasOwn(record, name)) return (record as Record<string, unknown>)[name];
  for (let p = Object.getPrototypeOf(record) as object | null; p !== null && !BUILT_IN_PROTOTYPES.includes(p); p = Object.getPrototypeOf(p) as object | null) {
    if (hasOwn(p, name)) return (record as Record<string, unknown>)[name];
  }
  return undefined;
}

/**
 * Read and check one document; returns its values, or undefined after pushing problems.
 * `at` prefixes paths (`[3]` inside a batch, empty for a single document).
 */
export function readDocument(doc: unknown, fieldNames: readonly string[], at: string, problems: Problem[]): DocumentValues | undefined {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    problems.push({ path: at || "doc", message: `expected an object, got ${describe(doc)}` });
    return undefined;
  }
  const before = problems.length;
  const id = readProperty(doc, "id");
  const idProblem = checkId(id, fieldPath(at, "id"));
  if (idProblem) problems.push(idProblem);
  const fields: (string | readonly string[] | undefined)[] = [];
  for (const name of fieldNames) {
    if (problems.length >= MAX_PROBLEMS) break;
    fields.push(readFieldValue(readProperty(doc, name), fieldPath(at, name), problems));
  }
  return problems.length === before ? { id: id as string, fields } : undefined;
}

/** Check one field value (absent, a string, or an array of strings within the size limit) and copy arrays. */
function readFieldValue(value: unknown, path: string, problems: Problem[]): string | readonly string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") {
    if (value.length > MAX_FIELD_LENGTH) problems.push({ path, message: `text longer than ${MAX_FIELD_LENGTH} characters` });
    return value;
  }
  if (!Array.isArray(value)) {
    problems.push({ path, message: `expected string or string[], got ${describe(value)}` });
    return undefined;
  }
  // Read the length once and bound it before walking: `arr.length = 2 ** 32 - 1` must not take minutes.
  const n: number = value.length;
  if (n > MAX_FIELD_LENGTH) {
    problems.push({ path, message: `more than ${MAX_FIELD_LENGTH} items` });
    return undefined;
  }
  const copy: string[] = new Array<string>(n);
  let total = 0;
  for (let i = 0; i < n && problems.length < MAX_PROBLEMS; i++) {
    const v: unknown = value[i];
    if (typeof v !== "string") problems.push({ path: `${path}[${i}]`, message: `expected string, got ${describe(v)}` });
    else {
      copy[i] = v;
      total += v.length;
    }
  }
  if (total > MAX_FIELD_LENGTH) problems.push({ path, message: `text longer than ${MAX_FIELD_LENGTH} characters` });
  return copy;
}

/** `[3].title` inside a batch, `title` for a single document. */
export const fieldPath = (at: string, name: string): string => (at ? `${at}.${name}` : name);
