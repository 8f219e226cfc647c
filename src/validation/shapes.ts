/**
 * Declarative descriptions of input shapes. Each input (a record, an options object, a filter, a lexicon)
 * is described once with these constructors; the checker (`checkShape.ts`) and the JSON Schema export
 * (`jsonSchema.ts`) both read the same description, so they cannot drift apart.
 * Descriptions are plain data: build them once at module load, never per call.
 */

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = { readonly [key: string]: unknown };

/** A problem found by a refinement, at a path below the refined value (`[1, "minTrl"]`). */
export interface RefineProblem {
  readonly at: readonly (string | number)[];
  readonly message: string;
}

/** Extra checks run after a value has passed its base shape: a message about the value, problems below it, or undefined. */
export type Refinement<T> = (value: T) => string | readonly RefineProblem[] | undefined;

interface Common {
  /** An absent key holding this shape is allowed (only meaningful inside `object`). */
  readonly optional?: boolean;
  /** One line for the JSON Schema `description`. */
  readonly about?: string;
}

export interface StringNode extends Common {
  readonly kind: "string";
  readonly maxLength: number;
  /** Reject "" and whitespace-only strings. */
  readonly nonBlank: boolean;
  /** Reject leading or trailing whitespace (ids: " r1" and "r1" look like one record to a person). */
  readonly trimmed: boolean;
  readonly pattern?: RegExp;
  /** What the pattern asks for, in words: `a 3-letter uppercase currency code such as "EUR"`. */
  readonly patternHint?: string;
}

export interface NumberNode extends Common {
  readonly kind: "number";
  readonly integer: boolean;
  /** Reject NaN and ±Infinity (an unbounded `number()` may allow ±Infinity, never NaN). */
  readonly finite: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
}

export interface BooleanNode extends Common {
  readonly kind: "boolean";
}

export interface EnumNode extends Common {
  readonly kind: "enum";
  readonly values: readonly string[];
}

export interface ArrayNode extends Common {
  readonly kind: "array";
  readonly items: ShapeNode;
  readonly minItems: number;
  readonly maxItems: number;
  /** Items are objects whose value at this key must be unique (record ids). */
  readonly uniqueKey?: string;
  /** Reports a short item as `expected at least N items` with this reason. */
  readonly minItemsReason?: string;
  /** What the array is, for "expected X" messages: `an array of demands`. */
  readonly expected?: string;
}

export interface ObjectNode extends Common {
  readonly kind: "object";
  readonly keys: Readonly<Record<string, ShapeNode>>;
  /** The keys in description order (the order of the clean copy). */
  readonly names: readonly string[];
  /** Names of a neighbouring shape mapped to the intended key (`description` on a result means `summary`). */
  readonly hints: Readonly<Record<string, string>>;
  /** An optional key holding `null` counts as absent (JSON exports write null for "unknown"). */
  readonly nullIsAbsent: boolean;
  /** What the object is, for "expected X" messages: `a result object`. */
  readonly expected: string;
  /** Unknown keys are allowed and kept as they are (free-form `meta` with a few known keys). */
  readonly open: boolean;
}

export interface RecordNode extends Common {
  readonly kind: "record";
  readonly values: ShapeNode;
  readonly maxKeys: number;
  readonly expected: string;
}

export interface UnionNode extends Common {
  readonly kind: "union";
  readonly options: readonly ShapeNode[];
}

export interface CustomNode extends Common {
  readonly kind: "custom";
  /** What is expected, in words: `a TranslationModel`. */
  readonly expected: string;
  readonly test: (x: unknown) => boolean;
  readonly jsonSchema: JsonSchema;
}

export interface RefineNode extends Common {
  readonly kind: "refine";
  readonly base: ShapeNode;
  readonly check: Refinement<never>;
  /** Run even when parts of the value had problems (the check must then guard the parts it reads). */
  readonly partial: boolean;
}

/** Any description, as data. */
export type ShapeNode =
  | StringNode | NumberNode | BooleanNode | EnumNode | ArrayNode | ObjectNode | RecordNode | UnionNode | CustomNode | RefineNode;

/** A description whose checked value has type `T`. */
export type Shape<T> = ShapeNode & { readonly __out?: (x: T) => T };

/** The type of the values a description accepts. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

type OptionalKeys<P> = { [K in keyof P]: P[K] extends { readonly optional: true } ? K : never }[keyof P];
/** The clean object an `object` description returns. */
export type ObjectOf<P extends Record<string, ShapeNode>> =
  { -readonly [K in Exclude<keyof P, OptionalKeys<P>>]: Infer<P[K]> } & { -readonly [K in OptionalKeys<P>]?: Infer<P[K]> };

/** A string of at most `max` characters; non-blank unless `blank: true`. */
export function string(options: {
  max: number; blank?: boolean; trimmed?: boolean; pattern?: RegExp; patternHint?: string; about?: string;
}): Shape<string> {
  return {
    kind: "string", maxLength: options.max, nonBlank: options.blank !== true, trimmed: options.trimmed === true,
    pattern: options.pattern, patternHint: options.patternHint, about: options.about,
  };
}

/** A number; finite unless `finite: false` (NaN is always rejected). Bounds are inclusive unless marked exclusive. */
export function number(options: {
  min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean; finite?: boolean; about?: string;
} = {}): Shape<number> {
  return { kind: "number", integer: false, finite: options.finite !== false, ...options };
}

/** An integer from `min` to `max` inclusive. */
export function integer(min: number, max: number, about?: string): Shape<number> {
  return { kind: "number", integer: true, finite: true, min, max, about };
}

/** `true` or `false`. */
export function boolean(about?: string): Shape<boolean> {
  return { kind: "boolean", about };
}

/** One of a fixed list of strings (exact, case-sensitive). */
export function oneOf<const V extends string>(values: readonly V[], about?: string): Shape<V> {
  return { kind: "enum", values, about };
}

/** An array of `items`, at most `max` of them. */
export function arrayOf<T>(items: Shape<T>, options: {
  max: number; min?: number; minReason?: string; uniqueKey?: string; expected?: string; about?: string;
}): Shape<T[]> {
  return {
    kind: "array", items, maxItems: options.max, minItems: options.min ?? 0, minItemsReason: options.minReason,
    uniqueKey: options.uniqueKey, expected: options.expected, about: options.about,
  };
}

/** A plain object with exactly these keys (unknown keys are errors, with did-you-mean, unless `open`). */
export function object<P extends Record<string, ShapeNode>>(keys: P, options: {
  expected?: string; hints?: Readonly<Record<string, string>>; nullIsAbsent?: boolean; open?: boolean; about?: string;
} = {}): Shape<ObjectOf<P>> {
  // A null prototype: a key named `constructor` or `__proto__` must not find Object.prototype's members.
  const table: Record<string, ShapeNode> = Object.create(null) as Record<string, ShapeNode>;
  for (const name of Object.keys(keys)) table[name] = keys[name];
  return {
    kind: "object", keys: table, names: Object.freeze(Object.keys(keys)), hints: options.hints ?? {},
    nullIsAbsent: options.nullIsAbsent === true, expected: options.expected ?? "an object", open: options.open === true,
    about: options.about,
  };
}

/** A plain object used as a map from any key to `values` (`{ pilot: 365 }`). */
export function recordOf<T>(values: Shape<T>, options: { max: number; expected?: string; about?: string }): Shape<Record<string, T>> {
  return { kind: "record", values, maxKeys: options.max, expected: options.expected ?? "an object", about: options.about };
}

/** Any of the given shapes (`"CN"` or `["CN", "DE"]`). The first whose base type fits reports the problems. */
export function either<A, B>(a: Shape<A>, b: Shape<B>, about?: string): Shape<A | B> {
  return { kind: "union", options: [a, b], about };
}

/** A value only a test can recognise (a function, a class instance); `jsonSchema` says how it looks in JSON, if at all. */
export function custom<T>(expected: string, test: (x: unknown) => x is T, jsonSchema: JsonSchema = {}): Shape<T> {
  return { kind: "custom", expected, test, jsonSchema };
}

/**
 * Checks beyond the shape (min <= max, a pattern a regex cannot say); run only when `base` passed, or with
 * `partial: true` whenever the value has the right base type, so that its problems are listed with the
 * others (the check then sees unchecked parts and must guard what it reads).
 */
export function refine<T>(base: Shape<T>, check: Refinement<T>, options: { partial?: boolean } = {}): Shape<T> {
  return { kind: "refine", base, check: check as Refinement<never>, partial: options.partial === true, optional: base.optional, about: base.about };
}

/** The same shape, allowed to be absent inside an object. */
export function optional<T>(shape: Shape<T>): Shape<T> & { readonly optional: true } {
  return { ...shape, optional: true } as Shape<T> & { readonly optional: true };
}

/** A function (analyzers, `where` predicates); not representable in JSON. */
export const aFunction: Shape<(...args: never[]) => unknown> = custom(
  "a function",
  (x): x is (...args: never[]) => unknown => typeof x === "function",
);
