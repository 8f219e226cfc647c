import { ValidationError, type Problem } from "../errors/errors.js";
import { isPlainObject } from "../validation/describeValue.js";

/**
 * One way of saying a concept. `register` tells whose language it is ("business" for demand-side words,
 * "lab" for research-side words); `lang` is a BCP 47 tag such as "en" or "zh". Both are informative: any
 * expression of a concept bridges to every other expression of the same concept, in both directions.
 */
export interface LexiconExpression {
  readonly text: string;
  readonly register?: string;
  readonly lang?: string;
  /** Relative strength of this expression within its concept, in (0, 1]; default 1. */
  readonly weight?: number;
}

/** A concept and the words that express it in each register and language. */
export interface LexiconConcept {
  /** Stable identifier, unique within a lexicon, e.g. `thermal-management`. */
  readonly id: string;
  /** Human-readable name shown in explanations; defaults to `id`. */
  readonly label?: string;
  /** Strength of the whole concept as a bridge, in (0, 1]; default 1. */
  readonly weight?: number;
  readonly expressions: readonly LexiconExpression[];
}

/** A user-supplied bridge lexicon: plain JSON, so it can be stored, shipped and merged. */
export interface Lexicon {
  readonly version: 1;
  readonly name?: string;
  readonly concepts: readonly LexiconConcept[];
}


function checkWeight(value: unknown, path: string, problems: Problem[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > 1) {
    problems.push({ path, message: "expected a number in (0, 1]" });
    return undefined;
  }
  return value;
}

function checkOptionalString(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    problems.push({ path, message: "expected a non-empty string" });
    return undefined;
  }
  return value;
}

function parseExpression(x: unknown, path: string, problems: Problem[]): LexiconExpression | undefined {
  // A bare string is shorthand for `{ text }`, which keeps hand-written lexicons short.
  if (typeof x === "string") {
    if (x.trim() === "") problems.push({ path, message: "expected a non-empty string" });
    return x.trim() === "" ? undefined : { text: x };
  }
  if (!isPlainObject(x)) {
    problems.push({ path, message: "expected a string or an object with `text`" });
    return undefined;
  }
  const before = problems.length;
  if (typeof x.text !== "string" || x.text.trim() === "") problems.push({ path: `${path}.text`, message: "expected a non-empty string" });
  const register = checkOptionalString(x.register, `${path}.register`, problems);
  const lang = checkOptionalString(x.lang, `${path}.lang`, problems);
  const weight = checkWeight(x.weight, `${path}.weight`, problems);
  if (problems.length > before) return undefined;
  return {
    text: x.text as string,
    ...(register !== undefined ? { register } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(weight !== undefined ? { weight } : {}),
  };
}

function parseConcept(x: unknown, path: string, problems: Problem[]): LexiconConcept | undefined {
  if (!isPlainObject(x)) {
    problems.push({ path, message: "expected an object" });
    return undefined;
  }
  const before = problems.length;
  if (typeof x.id !== "string" || x.id.trim() === "") problems.push({ path: `${path}.id`, message: "expected a non-empty string" });
  const label = checkOptionalString(x.label, `${path}.label`, problems);
  const weight = checkWeight(x.weight, `${path}.weight`, problems);
  const expressions: LexiconExpression[] = [];
  if (!Array.isArray(x.expressions)) {
    problems.push({ path: `${path}.expressions`, message: "expected an array" });
  } else {
    if (x.expressions.length < 2) problems.push({ path: `${path}.expressions`, message: "a concept needs at least 2 expressions to bridge" });
    x.expressions.forEach((e, i) => {
      const parsed = parseExpression(e, `${path}.expressions[${i}]`, problems);
      if (parsed) expressions.push(parsed);
    });
  }
  if (problems.length > before) return undefined;
  return {
    id: x.id as string,
    ...(label !== undefined ? { label } : {}),
    ...(weight !== undefined ? { weight } : {}),
    expressions,
  };
}

/**
 * Validate an untrusted value (e.g. parsed JSON) as a {@link Lexicon}.
 * Throws a `ValidationError` listing every problem with its path, e.g. `concepts[3].expressions[1].weight`.
 */
export function parseLexicon(x: unknown): Lexicon {
  const problems: Problem[] = [];
  if (!isPlainObject(x)) throw new ValidationError([{ path: "", message: "expected a lexicon object" }], "lexicon");
  if (x.version !== 1) problems.push({ path: "version", message: "expected 1" });
  const name = checkOptionalString(x.name, "name", problems);
  const concepts: LexiconConcept[] = [];
  if (!Array.isArray(x.concepts)) {
    problems.push({ path: "concepts", message: "expected an array" });
  } else {
    const seen = new Map<string, number>();
    x.concepts.forEach((c, i) => {
      const parsed = parseConcept(c, `concepts[${i}]`, problems);
      if (!parsed) return;
      const first = seen.get(parsed.id);
      if (first !== undefined) {
        problems.push({ path: `concepts[${i}].id`, message: `duplicate id "${parsed.id}" (first at concepts[${first}])` });
        return;
      }
      seen.set(parsed.id, i);
      concepts.push(parsed);
    });
  }
  if (problems.length > 0) throw new ValidationError(problems, "lexicon");
  return { version: 1, ...(name !== undefined ? { name } : {}), concepts };
}

/**
 * Merge several lexicons into one. Concepts with the same id are united: their expressions are
 * concatenated (duplicates by text+register+lang dropped, the first one kept) and the later lexicon's
 * label and weight win, so a user's own lexicon can refine a shared one by being listed last.
 */
export function mergeLexicons(...lexicons: readonly Lexicon[]): Lexicon {
  const byId = new Map<string, { label?: string; weight?: number; expressions: LexiconExpression[]; keys: Set<string> }>();
  for (const lexicon of lexicons) {
    for (const concept of lexicon.concepts) {
      let slot = byId.get(concept.id);
      if (!slot) {
        slot = { expressions: [], keys: new Set() };
        byId.set(concept.id, slot);
      }
      if (concept.label !== undefined) slot.label = concept.label;
      if (concept.weight !== undefined) slot.weight = concept.weight;
      for (const e of concept.expressions) {
        const key = `${e.text.trim().toLowerCase()}\u0000${e.register ?? ""}\u0000${e.lang ?? ""}`;
        if (slot.keys.has(key)) continue;
        slot.keys.add(key);
        slot.expressions.push(e);
      }
    }
  }
  const names = lexicons.map((l) => l.name).filter((n): n is string => n !== undefined);
  const concepts: LexiconConcept[] = [...byId].map(([id, s]) => ({
    id,
    ...(s.label !== undefined ? { label: s.label } : {}),
    ...(s.weight !== undefined ? { weight: s.weight } : {}),
    expressions: s.expressions,
  }));
  return { version: 1, ...(names.length > 0 ? { name: names.join(" + ") } : {}), concepts };
}
