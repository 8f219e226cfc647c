// Noise control on the query side: filler words and bare numbers keep a small weight instead of 1.
// Only query weights change, so the index (and any snapshot) is untouched, and a result that matches
// on real content still outranks one that matches on "need" or "10". The weights were chosen on the
// sample data and NFCorpus train and checked on NFCorpus dev (README, "Noise control").

import type { Analyzer } from "../text/analyzer.js";
import { FILLER_WORDS } from "./fillerWords.js";

/** Query weight of a demand filler word (see fillerWords.ts), relative to 1 for any other word. */
export const FILLER_WEIGHT = 0.2;
/** Query weight of a number written with no unit or word attached ("10", "2024"). */
export const BARE_NUMBER_WEIGHT = 0.2;

const fillerTermsByAnalyzer = new WeakMap<Analyzer, ReadonlySet<string>>();

/** The filler list as this analyzer's terms, computed once per analyzer. */
function fillerTerms(analyzer: Analyzer): ReadonlySet<string> {
  let terms = fillerTermsByAnalyzer.get(analyzer);
  if (terms === undefined) {
    terms = new Set(FILLER_WORDS.flatMap((w) => analyzer.analyze(w)));
    fillerTermsByAnalyzer.set(analyzer, terms);
  }
  return terms;
}

const NUMERIC_TERM = /^\d+(?:[.,]\d+)*$/;
// A number and what follows it: a unit or word joined to it or after one space ("10mm", "10 mm", "5 %").
const NUMBER_IN_TEXT = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)(?![.,]?\d)(\s?)([\p{L}%°µΩ‰]?)/gu;

/** Numbers that occur in `text` only bare: never with a unit or word right after them. */
function bareNumbers(text: string): Set<string> {
  const bare = new Set<string>();
  const attached = new Set<string>();
  for (const m of text.matchAll(NUMBER_IN_TEXT)) (m[3] ? attached : bare).add(m[1]);
  for (const n of attached) bare.delete(n);
  return bare;
}

/**
 * The weight factor of each analysed query term of `text`: FILLER_WEIGHT for demand filler,
 * BARE_NUMBER_WEIGHT for a number the query writes with no unit next to it, 1 otherwise.
 */
export function queryNoiseWeights(text: string, analyzer: Analyzer): (term: string) => number {
  const filler = fillerTerms(analyzer);
  const bare = /\d/.test(text) ? bareNumbers(text) : undefined;
  return (term) => {
    if (filler.has(term)) return FILLER_WEIGHT;
    if (bare !== undefined && NUMERIC_TERM.test(term) && bare.has(term)) return BARE_NUMBER_WEIGHT;
    return 1;
  };
}
