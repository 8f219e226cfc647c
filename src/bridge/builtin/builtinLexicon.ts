import type { Lexicon, LexiconConcept } from "../lexicon.js";
import { ACRONYM_CONCEPTS } from "./acronyms.js";
import { STARTER_CONCEPTS } from "./starterConcepts.js";
import { deepFreeze } from "../../immutable/deepFreeze.js";

/** The lexicon that ships with the package: business <-> lab concepts and acronyms, English and Chinese. */
export const BUILTIN_LEXICON: Lexicon = deepFreeze({
  version: 1 as const,
  name: "techbroker built-in",
  concepts: Object.freeze([...STARTER_CONCEPTS, ...ACRONYM_CONCEPTS]),
});

const key = (text: string): string => text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The built-in lexicon combined with a user's. Precedence, so that a user can correct the built-in one:
 * 1. a user concept with the id of a built-in concept replaces it entirely;
 * 2. an expression the user lexicon uses (same text, ignoring case and spacing) is taken out of every
 *    built-in concept, so a word the user assigns to a concept of theirs no longer triggers a built-in one;
 * 3. everything else of both lexicons applies; the user's concepts come after the built-in ones.
 */
export function withBuiltinLexicon(user: Lexicon | undefined, builtin: Lexicon = BUILTIN_LEXICON): Lexicon {
  if (!user) return builtin;
  const ids = new Set(user.concepts.map((c) => c.id));
  const taken = new Set(user.concepts.flatMap((c) => c.expressions.map((e) => key(typeof e === "string" ? e : e.text))));
  const kept: LexiconConcept[] = [];
  for (const concept of builtin.concepts) {
    if (ids.has(concept.id)) continue;
    const expressions = concept.expressions.filter((e) => !taken.has(key(e.text)));
    if (expressions.length >= 2) kept.push(expressions.length === concept.expressions.length ? concept : { ...concept, expressions });
  }
  return { version: 1, name: user.name ?? "user", concepts: [...kept, ...user.concepts] };
}
