/** Characters that join the parts of a compound token (tokenizer rule 3); the bridges use them too. */
export const COMPOUND_JOINER = /[-\u2010_/]/;
export const COMPOUND_SPLIT = /[-\u2010_/]+/;

/** The parts of the compound terms among `terms` ("diamond-like" gives "diamond" and "like"). */
export function compoundParts(terms: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const term of terms) if (COMPOUND_JOINER.test(term)) for (const part of term.split(COMPOUND_SPLIT)) parts.add(part);
  return parts;
}
