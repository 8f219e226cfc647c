import { clip, describeValue, isPlainObject } from "./describeValue.js";
import { didYouMean } from "./didYouMean.js";
import { below, ProblemList, renderPath, type Path } from "./problemList.js";
import type { ArrayNode, Refinement, NumberNode, ObjectNode, RecordNode, Shape, ShapeNode, StringNode, UnionNode } from "./shapes.js";

/** How to name the checked value in problem paths and in the error message. */
export interface CheckOptions {
  /** Name of the value in the caller's words (`options`, `results`); "" names nothing (`[3].id`). */
  readonly root?: string;
  /** The operation, shown before the problems: `Matcher options`, `addResults`. */
  readonly context?: string;
}

/**
 * Check `x` against `shape` and return a clean copy (objects hold only the described keys, in description
 * order; functions and class instances are kept as they are). Throws one ValidationError listing every
 * problem, with paths in the caller's words (`resultWeights.title`, `results[3].id`).
 */
export function validate<T>(shape: Shape<T>, x: unknown, options: CheckOptions = {}): T {
  const problems = new ProblemList();
  const value = checkInto(shape, x, rootPath(options.root), problems);
  problems.throwIfAny(options.context);
  return value as T;
}

/** The root path for `name`, which may be dotted (`options.bands`); "" and undefined give paths without a head. */
export function rootPath(name: string | undefined): Path | undefined {
  return name ? name.split(".").reduce<Path | undefined>(below, undefined) : undefined;
}

/**
 * Check `x` at `path`, adding problems to `problems`; returns the clean value, meaningful only if no
 * problem was added. For callers that gather problems from several inputs before throwing.
 */
export function checkInto(shape: ShapeNode, x: unknown, path: Path | undefined, problems: ProblemList): unknown {
  switch (shape.kind) {
    case "string":
      return checkString(shape, x, path, problems);
    case "number":
      return checkNumber(shape, x, path, problems);
    case "boolean":
      if (typeof x !== "boolean") problems.add(path, `expected true or false, got ${describeValue(x)}`);
      return x;
    case "enum":
      if (typeof x !== "string" || !shape.values.includes(x)) problems.add(path, enumMessage(shape.values, x));
      return x;
    case "array":
      return checkArray(shape, x, path, problems);
    case "object":
      return checkObject(shape, x, path, problems);
    case "record":
      return checkRecord(shape, x, path, problems);
    case "union":
      return checkUnion(shape, x, path, problems);
    case "custom":
      if (!shape.test(x)) problems.add(path, `expected ${shape.expected}, got ${describeValue(x)}`);
      return x;
    case "refine": {
      const before = problems.count;
      const value = checkInto(shape.base, x, path, problems);
      if (problems.count !== before && !(shape.partial && fitsBaseType(shape.base, x))) return value;
      const found = (shape.check as (v: unknown) => ReturnType<Refinement<unknown>>)(value);
      if (typeof found === "string") problems.add(path, found);
      else if (found !== undefined) for (const p of found) problems.add(p.at.reduce<Path | undefined>(below, path), p.message);
      return value;
    }
  }
}

/** What a shape expects, in words, for "expected X, got Y". */
export function expectedText(shape: ShapeNode): string {
  switch (shape.kind) {
    case "string":
      return shape.patternHint ?? (shape.nonBlank ? "a non-empty string" : "a string");
    case "number":
      return numberText(shape);
    case "boolean":
      return "true or false";
    case "enum":
      return `one of ${shape.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "array":
      return shape.expected ?? (shape.items.kind === "string" ? "an array of strings" : "an array");
    case "object":
    case "record":
      return shape.expected;
    case "union":
      return shape.options.map(expectedText).join(" or ");
    case "custom":
      return shape.expected;
    case "refine":
      return expectedText(shape.base);
  }
}

function numberText(s: NumberNode): string {
  const { min, max } = s;
  if (s.integer && min !== undefined && max !== undefined) return `an integer from ${min} to ${max}`;
  const noun = s.integer ? "an integer" : s.finite ? "a finite number" : "a number";
  if (min !== undefined && max !== undefined) return `a number in ${s.minExclusive ? "(" : "["}${min}, ${max}${s.maxExclusive ? ")" : "]"}`;
  if (min !== undefined) return `${noun} ${s.minExclusive ? ">" : ">="} ${min}`;
  if (max !== undefined) return `${noun} ${s.maxExclusive ? "<" : "<="} ${max}`;
  return noun;
}

function checkNumber(s: NumberNode, x: unknown, path: Path | undefined, problems: ProblemList): unknown {
  const ok = typeof x === "number" && !Number.isNaN(x) && (!s.finite || Number.isFinite(x)) && (!s.integer || Number.isInteger(x))
    && (s.min === undefined || (s.minExclusive ? x > s.min : x >= s.min))
    && (s.max === undefined || (s.maxExclusive ? x < s.max : x <= s.max));
  if (!ok) problems.add(path, `expected ${numberText(s)}, got ${describeValue(x)}`);
  // -0 becomes 0 so that a clean value prints and serialises as the caller would expect.
  return x === 0 ? 0 : x;
}

const NON_SPACE = /\S/;
const SPACE = /\s/;

function checkString(s: StringNode, x: unknown, path: Path | undefined, problems: ProblemList): unknown {
  if (typeof x !== "string") problems.add(path, `expected ${expectedText(s)}, got ${describeValue(x)}`);
  else if (x.length > s.maxLength) problems.add(path, `expected at most ${s.maxLength} characters, got ${x.length}`);
  else if (s.nonBlank && s.pattern === undefined && !NON_SPACE.test(x)) problems.add(path, `expected a non-empty string, got ${x === "" ? "an empty string" : "only whitespace"}`);
  else if (s.trimmed && (SPACE.test(x[0]) || SPACE.test(x[x.length - 1])))
    problems.add(path, `expected no leading or trailing whitespace, got ${describeValue(x)}`);
  else if (s.pattern && !s.pattern.test(x)) problems.add(path, `expected ${s.patternHint ?? `a string matching ${String(s.pattern)}`}, got ${describeValue(x)}`);
  return x;
}

function enumMessage(values: readonly string[], x: unknown): string {
  const guess = typeof x === "string" ? didYouMean(x, values) : undefined;
  const list = values.map((v) => JSON.stringify(v)).join(", ");
  return `expected one of ${list}, got ${describeValue(x)}${guess === undefined ? "" : `; did you mean "${guess}"?`}`;
}

function checkArray(s: ArrayNode, x: unknown, path: Path | undefined, problems: ProblemList): unknown {
  if (!Array.isArray(x)) {
    problems.add(path, `expected ${expectedText(s)}, got ${describeValue(x)}`);
    return x;
  }
  // Past the count limit, item-by-item messages would only bury the real problem.
  if (x.length > s.maxItems) {
    problems.add(path, `expected at most ${s.maxItems} items, got ${x.length}`);
    return x;
  }
  if (x.length < s.minItems) problems.add(path, `expected at least ${s.minItems} items${s.minItemsReason ? ` ${s.minItemsReason}` : ""}, got ${x.length}`);
  const out = new Array<unknown>(x.length);
  const firstAt = s.uniqueKey === undefined ? undefined : new Map<unknown, number>();
  for (let i = 0; i < x.length; i++) {
    const item: unknown = x[i];
    const at = below(path, i);
    out[i] = checkInto(s.items, item, at, problems);
    if (firstAt === undefined) continue;
    // Duplicates are checked on the clean value when there is one, else on the raw key, so they are
    // reported even when the item has other problems.
    const key = ownKey(out[i], s.uniqueKey as string) ?? ownKey(item, s.uniqueKey as string);
    if (typeof key !== "string") continue;
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, i);
    else problems.add(below(at, s.uniqueKey as string), `duplicate ${s.uniqueKey} ${JSON.stringify(clip(key))} (first at ${renderPath(below(path, first))})`);
  }
  return out;
}

function ownKey(x: unknown, key: string): unknown {
  return isPlainObject(x) && Object.prototype.hasOwnProperty.call(x, key) ? x[key] : undefined;
}

function checkObject(s: ObjectNode, x: unknown, path: Path | undefined, problems: ProblemList): unknown {
  if (!isPlainObject(x)) {
    problems.add(path, `expected ${s.expected}, got ${describeValue(x)}`);
    return x;
  }
  const out: Record<string, unknown> = {};
  const present = Object.keys(x);
  for (const key of present) {
    if (s.keys[key] !== undefined) continue;
    // defineProperty: a key named __proto__ must stay data, not become the copy's prototype.
    if (s.open) Object.defineProperty(out, key, { value: x[key], enumerable: true, writable: true, configurable: true });
    else reportUnknownKey(s, key, path, problems);
  }
  for (const name of s.names) {
    const shape = s.keys[name];
    // Each value is read once (a getter could answer differently the second time).
    const value: unknown = Object.prototype.hasOwnProperty.call(x, name) ? x[name] : undefined;
    if (value === undefined || (value === null && s.nullIsAbsent && shape.optional)) {
      if (!shape.optional) problems.add(below(path, name), "required");
      continue;
    }
    out[name] = checkInto(shape, value, below(path, name), problems);
  }
  return out;
}

function reportUnknownKey(s: ObjectNode, key: string, path: Path | undefined, problems: ProblemList): void {
  const guess = didYouMean(key, s.names, s.hints);
  const tail = guess !== undefined ? `did you mean "${guess}"?` : s.names.length <= 16 ? `known keys: ${s.names.join(", ")}` : "";
  problems.add(below(path, key), tail ? `unknown key; ${tail}` : "unknown key");
}

function checkRecord(s: RecordNode, x: unknown, path: Path | undefined, problems: ProblemList): unknown {
  if (!isPlainObject(x)) {
    problems.add(path, `expected ${s.expected}, got ${describeValue(x)}`);
    return x;
  }
  const keys = Object.keys(x);
  if (keys.length > s.maxKeys) {
    problems.add(path, `expected at most ${s.maxKeys} keys, got ${keys.length}`);
    return x;
  }
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) out[key] = checkInto(s.values, x[key], below(path, key), problems);
  return out;
}

/** True when `x` has the base JavaScript type `shape` is about (used to pick the branch of a union). */
function fitsBaseType(shape: ShapeNode, x: unknown): boolean {
  switch (shape.kind) {
    case "string":
    case "enum":
      return typeof x === "string";
    case "number":
      return typeof x === "number";
    case "boolean":
      return typeof x === "boolean";
    case "array":
      return Array.isArray(x);
    case "object":
    case "record":
      return isPlainObject(x);
    case "union":
      return shape.options.some((o) => fitsBaseType(o, x));
    case "custom":
      return shape.test(x);
    case "refine":
      return fitsBaseType(shape.base, x);
  }
}

function checkUnion(s: UnionNode, x: unknown, path: Path | undefined, problems: ProblemList): unknown {
  const branch = s.options.find((o) => fitsBaseType(o, x));
  if (branch === undefined) {
    problems.add(path, `expected ${expectedText(s)}, got ${describeValue(x)}`);
    return x;
  }
  return checkInto(branch, x, path, problems);
}
