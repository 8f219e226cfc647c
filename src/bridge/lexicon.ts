import { validate } from "../validation/checkShape.js";
import { idShape, languageShape } from "../validation/commonShapes.js";
import { LIMITS } from "../validation/limits.js";
import { arrayOf, custom, either, number, object, optional, string } from "../validation/shapes.js";

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


const weightShape = number({ min: 0, minExclusive: true, max: 1 });
const phrase = string({ max: LIMITS.titleLength });

// A bare string is shorthand for `{ text }`, which keeps hand-written lexicons short.
const expressionShape = either(phrase, object({
  text: phrase,
  register: optional(string({ max: LIMITS.codeLength })),
  lang: optional(languageShape),
  weight: optional(weightShape),
}, { expected: "an object with `text`" }));

const conceptShape = object({
  id: idShape,
  label: optional(string({ max: LIMITS.titleLength })),
  weight: optional(weightShape),
  expressions: arrayOf(expressionShape, { min: 2, minReason: "to bridge", max: LIMITS.expressionCount }),
}, { expected: "a concept object" });

/** The description of a {@link Lexicon}; its JSON Schema is `jsonSchemas.lexicon`. */
export const lexiconShape = object({
  version: custom("1", (x): x is 1 => x === 1, { const: 1 }),
  name: optional(string({ max: LIMITS.nameLength })),
  concepts: arrayOf(conceptShape, { max: LIMITS.recordCount, uniqueKey: "id", expected: "an array of concepts" }),
}, { expected: "a lexicon object", about: "A bridge lexicon: concepts and the words that express them." });

/**
 * Validate an untrusted value (e.g. parsed JSON) as a {@link Lexicon}.
 * Throws a `ValidationError` listing every problem with its path, e.g. `concepts[3].expressions[1].weight`.
 */
export function parseLexicon(x: unknown): Lexicon {
  const checked = validate(lexiconShape, x, { context: "lexicon" });
  return {
    ...checked,
    concepts: checked.concepts.map((c) => ({
      ...c,
      expressions: c.expressions.map((e): LexiconExpression => (typeof e === "string" ? { text: e } : e)),
    })),
  };
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
